import GopyConfig
import Testing

/// The error `body` throws, recorded as a test failure when it throws none.
func configError<T>(
    sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> T
) -> ConfigError? {
    do {
        let value = try body()
        Issue.record("expected a ConfigError, got \(value)", sourceLocation: sourceLocation)
        return nil
    } catch let error as ConfigError {
        return error
    } catch {
        Issue.record("expected a ConfigError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// Checks that `body` fails in `file` at `line` (and `column` when given) with a message
/// containing every one of `words`.
func expectConfigError<T>(
    file: String, line: Int?, column: Int? = nil, mentioning words: [String],
    sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> T
) {
    guard let error = configError(sourceLocation: sourceLocation, body) else { return }
    #expect(error.file == file, "\(error)", sourceLocation: sourceLocation)
    #expect(error.line == line, "\(error)", sourceLocation: sourceLocation)
    if let column {
        #expect(error.column == column, "\(error)", sourceLocation: sourceLocation)
    }
    for word in words {
        #expect(error.message.contains(word), "\(error)", sourceLocation: sourceLocation)
    }
}
