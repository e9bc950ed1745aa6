enum SamplePage { static let text = "" }
