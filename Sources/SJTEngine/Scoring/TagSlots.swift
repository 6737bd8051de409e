/// One vocabulary's tags on a scenario's decisions (principles, framework elements, capabilities),
/// as slots: a tag's slot is its position in the catalogue's list, then, after those, in the sorted
/// list of tags the catalogue does not have.
///
/// A score card sums credit per slot and gives it back in slot order, so every breakdown comes out
/// in catalogue order without sorting ids. One type for every vocabulary, so adding one adds no
/// copy of this code.
struct TagSlots<ID: StringIdentifier>: Sendable {
    /// The catalogue's ids, then the extras.
    private let ids: [ID]
    /// Per node position, the slots of the decision's tags; empty for an ending.
    let byNode: [[Int]]

    /// - Parameters:
    ///   - catalogueOrder: The vocabulary's ids in catalogue order.
    ///   - tags: Per node position, the decision's tags (its own, else the scenario's); `nil` for an ending.
    init(catalogueOrder: [ID], tags: [[ID]?]) {
        let extras = Set(tags.compactMap { $0 }.joined()).subtracting(catalogueOrder).sorted()
        ids = catalogueOrder + extras
        let slot = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        byNode = tags.map { tags in (tags ?? []).map { slot[$0]! } }
    }

    /// The id at a slot.
    ///
    /// - Complexity: O(1).
    func id(atSlot slot: Int) -> ID { ids[slot] }

    /// The ids the decision at a node position counts toward, in the order it tags them.
    func ids(ofNode node: Int) -> [ID] { byNode[node].map { ids[$0] } }
}
