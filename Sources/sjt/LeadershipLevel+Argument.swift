import ArgumentParser
import SJTEngine

extension LeadershipLevel: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
