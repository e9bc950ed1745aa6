/// A small whole number that may be absent (a month, a day, a year of four digits, a step), stored in two
/// bytes.
@propertyWrapper
struct SmallNumber {
    private var stored: Int16

    /// The stored value of an absent number.
    private static var absent: Int16 { .min }

    /// Stores a number, or its absence.
    init(wrappedValue: Int?) { stored = Self.stored(wrappedValue) }

    /// The number, or `nil` when it is absent.
    var wrappedValue: Int? {
        get { stored == Self.absent ? nil : Int(stored) }
        set { stored = Self.stored(newValue) }
    }

    /// A number of at most four digits as stored.
    private static func stored(_ value: Int?) -> Int16 {
        value.map { Int16(truncatingIfNeeded: $0) } ?? absent
    }
}
