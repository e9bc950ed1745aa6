/// Readers for machine-readable sources: central-bank rate files and news feeds.
///
/// `CentralAsiaFeeds` turns what sources publish by machine into the models of `CentralAsiaKit`:
/// rate files into `ExchangeRate` values for a `RateBook`, and RSS, Atom, JSON Feed and JSON-LD
/// into `NewsArticle` values. It depends on FoundationXML; users who need only the models import
/// `CentralAsiaKit` alone.
public enum CentralAsiaFeeds {
    /// The version of the module's reading rules, raised when a reader's output changes.
    public static let readerVersion = 1
}
