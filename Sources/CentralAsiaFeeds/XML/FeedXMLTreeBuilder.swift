import CentralAsiaKit
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The `XMLParser` delegate that builds a ``FeedXMLElement`` tree and enforces the depth and
/// element limits while it runs.
final class FeedXMLTreeBuilder: NSObject, XMLParserDelegate {
    private var stack: [FeedXMLElement] = []
    /// Whether an element is still open (the input stopped inside it).
    var isInsideElement: Bool { !stack.isEmpty }
    private(set) var root: FeedXMLElement?
    private(set) var limitError: ParseError?
    private let limits: FeedXML.Limits
    private var elementCount = 0

    init(limits: FeedXML.Limits) {
        self.limits = limits
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        elementCount += 1
        if stack.count >= limits.maxDepth {
            fail(parser, "elements are nested deeper than the limit of \(limits.maxDepth)")
            return
        }
        if elementCount > limits.maxElements {
            fail(parser, "the document has more than the limit of \(limits.maxElements) elements")
            return
        }
        let location = SourceLocation(offset: 0, line: parser.lineNumber, column: max(1, parser.columnNumber))
        let namespace = (namespaceURI?.isEmpty ?? true) ? nil : namespaceURI
        stack.append(
            FeedXMLElement(
                name: elementName, namespace: namespace, qualifiedName: qName ?? elementName,
                attributes: attributeDict, location: location))
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        guard let element = stack.popLast() else { return }
        if stack.isEmpty {
            root = element
        } else {
            let parent = stack.count - 1
            stack[parent].childTextOffsets.append(stack[parent].text.utf8.count)
            stack[parent].children.append(element)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += String(decoding: block, as: UTF8.self)
    }

    private func fail(_ parser: XMLParser, _ message: String) {
        if limitError == nil {
            let location = SourceLocation(offset: 0, line: parser.lineNumber, column: max(1, parser.columnNumber))
            limitError = ParseError(.limitExceeded, at: location, message)
        }
        parser.abortParsing()
    }
}
