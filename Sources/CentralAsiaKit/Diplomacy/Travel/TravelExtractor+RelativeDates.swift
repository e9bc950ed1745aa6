extension TravelExtractor {
    /// The date a relative phrase in a range of tokens names from the text's day: a weekday ("on Monday": the
    /// nearest on or before the day, or on or after it for a plan), a day word ("yesterday"), or a step of
    /// weeks, months or years ("last week", "next month", "this year").
    func relativeDate(
        in tokens: Range<Int>, of prose: ProseText, reference: PartialDate?, forward: Bool
    )
        -> DateOrSpan?
    {
        guard let reference, reference.day != nil else { return nil }
        for position in tokens {
            let word = prose.word(position)
            if let day = EnglishDateWords.weekdays[word] {
                return reference.nearest(weekday: day, forward: forward).map(DateOrSpan.date)
            }
            if let days = EnglishDateWords.relativeDays[word] {
                return reference.addingDays(days).map(DateOrSpan.date)
            }
            if let unit = EnglishDateWords.relativeUnits[word], position > tokens.lowerBound,
                let steps = EnglishDateWords.relativeSteps[prose.word(position - 1)]
            {
                return reference.stepping(steps, unit)
            }
        }
        return nil
    }
}
