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

    /// A form that sorts properties and subcomponents, without line numbers or `ignoring`.
    private func canonical(ignoring: Set<String>) -> Canonical {
        let properties = self.properties.compactMap { property -> String? in
            let name = property.name.uppercased()
            guard !ignoring.contains(name) else { return nil }
            let parameters = property.parameters.map { $0.name.uppercased() + "=" + $0.values.joined(separator: ",") }.sorted()
            return ([name] + parameters).joined(separator: ";") + ":" + property.value
        }
        return Canonical(
            name: name.uppercased(), properties: properties.sorted(),
            components: components.map { $0.canonical(ignoring: ignoring) }.sorted { "\($0)" < "\($1)" })
    }

    /// A component reduced to sorted text.
    private struct Canonical: Equatable {
        let name: String
        let properties: [String]
        let components: [Canonical]
    }
}
