extension CalendarComponent {
    /// Whether `other` says the same as this component, leaving out the properties named in
    /// `ignoring` (at every level): the same name, the same properties (name, parameters,
    /// value; their order, line numbers and the case of names do not matter) and equivalent
    /// subcomponents, in any order.
    ///
    /// A CalDAV server may store an object with its properties reordered or refolded
    /// (Radicale sorts them); this is how Parley tells that a stored object is still the one
    /// it would write. Values are compared as written, so a server that re-escapes text makes
    /// the object look changed, and it is written again, which is harmless.
    public func isEquivalent(to other: CalendarComponent, ignoring: Set<String> = []) -> Bool {
        canonical(ignoring: ignoring) == other.canonical(ignoring: ignoring)
    }

    /// The component as one text: its name, its sorted properties without line numbers or
    /// `ignoring`, and its subcomponents' texts, sorted.
    private func canonical(ignoring: Set<String>) -> String {
        var lines = properties.compactMap { property -> String? in
            let name = property.name.uppercased()
            guard !ignoring.contains(name) else { return nil }
            let parameters = property.parameters.map { $0.name.uppercased() + "=" + $0.values.joined(separator: ",") }.sorted()
            return ([name] + parameters).joined(separator: ";") + ":" + property.value
        }
        lines.sort()
        lines += components.map { $0.canonical(ignoring: ignoring) }.sorted()
        return "BEGIN:" + name.uppercased() + "\n" + lines.joined(separator: "\n") + "\nEND:" + name.uppercased()
    }
}
