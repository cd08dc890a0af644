import Yams

/// Reads the YAML of one config file into nodes, and turns every problem into a
/// ``ConfigError`` that names the file and the node's line and column.
struct YAMLReader {
    /// The path errors name.
    let file: String

    /// The document's root node, or nil when the file holds no document (empty, or comments only).
    func root(of text: String) throws(ConfigError) -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw syntaxError(error, in: text)
        } catch {
            throw ConfigError(file: file, message: "invalid YAML: \(error)")
        }
    }

    /// An error at a node's place.
    func error(_ message: String, at node: Node?) -> ConfigError {
        error(message, at: node?.mark)
    }

    /// An error at a place Yams reports.
    func error(_ message: String, at mark: Mark?) -> ConfigError {
        ConfigError(file: file, line: mark?.line, column: mark?.column, message: message)
    }

    /// The mapping of keys in `node`, which must be a mapping whose keys are all in `allowed`.
    func mapping(_ node: Node, _ what: String, allowed: [String]) throws(ConfigError) -> YAMLMapping {
        guard case .mapping(let pairs) = node else {
            throw error("expected \(what) as keys and values (\(orList(allowed))), found \(describe(node))", at: node)
        }
        var values: [String: Node] = [:]
        for (key, value) in pairs {
            guard case .scalar(let scalar) = key else {
                throw error("a key in \(what) must be plain text, found \(describe(key))", at: key)
            }
            guard allowed.contains(scalar.string) else {
                throw error("unknown key \"\(scalar.string)\" in \(what) (expected \(orList(allowed)))", at: key)
            }
            values[scalar.string] = value
        }
        return YAMLMapping(reader: self, node: node, what: what, values: values)
    }

    /// The items of `node`, which must be a list; an empty value counts as an empty list.
    func sequence(_ node: Node, _ what: String) throws(ConfigError) -> [Node] {
        if isNull(node) { return [] }
        guard case .sequence(let items) = node else {
            throw error("expected \(what) as a list, found \(describe(node))", at: node)
        }
        return Array(items)
    }

    /// The text of a scalar, trimmed; nil for an empty value.
    func text(_ node: Node, _ what: String) throws(ConfigError) -> String? {
        guard case .scalar(let scalar) = node else {
            throw error("expected \(what) as text, found \(describe(node))", at: node)
        }
        if isNull(node) { return nil }
        let trimmed = trimmed(scalar.string)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Whether a node is YAML's null: an empty plain value, `~` or `null`.
    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// "a list", "keys and values", "the text "x"": for messages.
    func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): isNull(node) ? "nothing" : "the text \"\(scalar.string)\""
        case .mapping: "keys and values"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// A Yams error as a ``ConfigError`` at the place libyaml reports.
    func syntaxError(_ error: YamlError, in text: String) -> ConfigError {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            guard let context else { return self.error("invalid YAML: \(problem)", at: mark) }
            // An unclosed quote or a key without its colon is found only lines later, at the
            // end of the file or of the key: then the place the token starts is the one to fix.
            if problem.contains("end of stream") || problem.contains("expected ':'") {
                return self.error(
                    "invalid YAML: \(context.text), \(problem) (line \(mark.line), column \(mark.column))", at: context.mark)
            }
            return self.error("invalid YAML: \(problem) (\(context.text) that starts on line \(context.mark.line))", at: mark)
        case .reader(let problem, let offset, _, _):
            let place = offset.map { lineAndColumn(ofCharacter: $0, in: text) }
            return ConfigError(file: file, line: place?.line, column: place?.column, message: "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.sorted().first ?? ""
            let first = context.mark
            if let repeated = repeatedKeyLine(key, after: first, in: text) {
                return ConfigError(
                    file: file, line: repeated, column: first.column,
                    message: "duplicate key \"\(key)\" (first on line \(first.line))")
            }
            return self.error("duplicate key \"\(key)\" in one mapping", at: first)
        default:
            return ConfigError(file: file, message: "invalid YAML: \(error)")
        }
    }

    /// The line where a block mapping whose key `key` starts at `first` repeats that key: the
    /// next line holding `key:` at the same column with only spaces before it, before the
    /// mapping ends (a line indented less). Nil when not found (flow style, quoted keys).
    private func repeatedKeyLine(_ key: String, after first: Mark, in text: String) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = first.column - 1
        var number = first.line
        while number < lines.count {
            let line = Array(lines[number].unicodeScalars)
            number += 1
            let leading = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(leading)
            if rest.isEmpty || rest.first == "#" || rest.allSatisfy({ $0.properties.isWhitespace }) { continue }
            if leading < indent { return nil }
            guard leading == indent else { continue }
            let afterKey = rest.dropFirst(key.unicodeScalars.count)
            if rest.starts(with: key.unicodeScalars), afterKey.drop(while: { $0 == " " }).first == ":" {
                return number
            }
        }
        return nil
    }

    private func lineAndColumn(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return (line, column)
    }
}

/// The keys and values of one YAML mapping, already checked against the keys it may hold.
struct YAMLMapping {
    let reader: YAMLReader
    /// The mapping node itself: errors about a missing key point here.
    let node: Node
    /// What the mapping is, for messages: "a source", "the settings".
    let what: String
    let values: [String: Node]

    /// The value of `key`, or nil when the key is absent or its value empty.
    func optional(_ key: String) -> Node? {
        guard let value = values[key], !reader.isNull(value) else { return nil }
        return value
    }

    /// The value of `key`; an error at the mapping when it is absent or empty.
    func required(_ key: String) throws(ConfigError) -> Node {
        guard let value = values[key] else {
            throw reader.error("\(what) is missing \"\(key)\"", at: node)
        }
        if reader.isNull(value) {
            throw reader.error("\"\(key)\" of \(what) has no value", at: value)
        }
        return value
    }

    /// The non-empty text of `key`, with its node (for later errors).
    func requiredText(_ key: String) throws(ConfigError) -> (text: String, node: Node) {
        let value = try required(key)
        guard let text = try reader.text(value, "\"\(key)\"") else {
            throw reader.error("\"\(key)\" of \(what) has no value", at: value)
        }
        return (text, value)
    }

    /// The text of `key`, or nil when it is absent or empty.
    func optionalText(_ key: String) throws(ConfigError) -> String? {
        guard let value = optional(key) else { return nil }
        return try reader.text(value, "\"\(key)\"")
    }

    /// The items of the list under `key`; absent or empty means no items.
    func list(_ key: String) throws(ConfigError) -> [Node] {
        guard let value = optional(key) else { return [] }
        return try reader.sequence(value, "\"\(key)\"")
    }

    /// A list of texts (empty items dropped); absent means empty.
    func textList(_ key: String) throws(ConfigError) -> [(text: String, node: Node)] {
        guard let value = optional(key) else { return [] }
        var result: [(text: String, node: Node)] = []
        for item in try reader.sequence(value, "\"\(key)\"") {
            if let text = try reader.text(item, "an item of \"\(key)\"") { result.append((text, item)) }
        }
        return result
    }
}

/// "a", "a or b", "a, b or c".
func orList(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " or " + items[items.count - 1]
}

/// Whitespace (including line breaks) removed from both ends.
func trimmed(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
}
