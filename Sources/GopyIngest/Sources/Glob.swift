/// A path pattern of `config/sources.yaml` routes, matched against paths relative to `inbox/`
/// with `/` separators: `*` matches any characters within one path component, `**` (a whole
/// component) any number of components including none, `?` one character. Everything else
/// matches itself; characters compare as Swift does (canonical equivalence: an NFD file name
/// matches an NFC pattern).
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String

    private enum Component: Sendable, Hashable {
        /// `**`: any number of components.
        case anyComponents
        /// One component: its characters, `*` and `?` among them.
        case component([Character])
    }

    private let components: [Component]

    /// A glob from its pattern; a leading `./` or `/` is ignored.
    public init(_ pattern: String) {
        self.pattern = pattern
        self.components = Self.split(pattern).map { $0 == "**" ? .anyComponents : .component(Array($0)) }
    }

    /// The pattern as written.
    public var description: String { pattern }

    /// Whether `path` (relative to `inbox/`) matches the pattern.
    public func matches(_ path: String) -> Bool {
        let parts = Self.split(path).map { Array($0) }
        // Greedy matching with backtracking to the last `**`, as for `*` within a component:
        // every other pattern component consumes exactly one path component.
        var p = 0
        var s = 0
        var starP: Int?
        var starS = 0
        while s < parts.count {
            if p < components.count, case .component(let pattern) = components[p], Self.matchComponent(pattern, parts[s]) {
                p += 1
                s += 1
            } else if p < components.count, components[p] == .anyComponents {
                starP = p
                starS = s
                p += 1
            } else if let star = starP {
                p = star + 1
                starS += 1
                s = starS
            } else {
                return false
            }
        }
        while p < components.count && components[p] == .anyComponents { p += 1 }
        return p == components.count
    }

    /// One component against one pattern component with `*` and `?`.
    private static func matchComponent(_ pattern: [Character], _ name: [Character]) -> Bool {
        var p = 0
        var n = 0
        var starP: Int?
        var starN = 0
        while n < name.count {
            if p < pattern.count && (pattern[p] == "?" || (pattern[p] != "*" && pattern[p] == name[n])) {
                p += 1
                n += 1
            } else if p < pattern.count && pattern[p] == "*" {
                starP = p
                starN = n
                p += 1
            } else if let star = starP {
                p = star + 1
                starN += 1
                n = starN
            } else {
                return false
            }
        }
        while p < pattern.count && pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }

    /// Path components, without empty ones and `.`.
    private static func split(_ path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
    }
}
