extension NewsArticle {
    /// The bytes of ``text`` (the title and the paragraphs, one per line), built without the
    /// intermediate `String` that joining them would make.
    var utf8Text: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(paragraphs.reduce(title.utf8.count) { $0 + 1 + $1.utf8.count })
        bytes.append(contentsOf: title.utf8)
        for paragraph in paragraphs {
            bytes.append(0x0A)
            bytes.append(contentsOf: paragraph.utf8)
        }
        return bytes
    }
}
