print("fx: coming soon")
