print("briefing: coming soon")
