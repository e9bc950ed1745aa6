extension MentionFinder {
    /// Returns the article with its ``NewsArticle/mentions`` filled in from its title and
    /// paragraphs.
    ///
    /// - Parameter article: An article.
    /// - Returns: The same article with its mentions.
    public func annotated(_ article: NewsArticle) -> NewsArticle {
        var copy = article
        copy.mentions = articleMentions(in: article)
        return copy
    }

    /// Fills in the mentions of every article of a page.
    ///
    /// - Parameter page: A parsed page.
    public func annotate(_ page: inout NewsPage) {
        for index in page.articles.indices {
            page.articles[index].mentions = articleMentions(in: page.articles[index])
        }
    }

    /// The summary of an article's mentions, scanned from its bytes.
    private func articleMentions(in article: NewsArticle) -> ArticleMentions {
        article.utf8Text.withUnsafeBufferPointer(summary(inUTF8:))
    }
}
