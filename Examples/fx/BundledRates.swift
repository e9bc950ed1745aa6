/// The rates `fx` uses when no `--rates` file is given: five ticker lines in the format of The Times
/// of Central Asia's marquee, followed by the day they were shown.
let bundledRates = """
    • KGS/USD = 0.01144 0%
      • KZT/USD = 0.00191 0%
      • TJS/USD = 0.09174 0%
      • UZS/USD = 0.00008 0%
      • TMT/USD = 0.28571 -0.14%
    21 January 2025

    """
