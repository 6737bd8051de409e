import Foundation
import SJTDigest
import Testing

struct NameBasedUUIDTests {
    /// RFC 9562, appendix A.4: "www.example.com" in the DNS namespace.
    @Test func version5MatchesTheRFCsPublishedExample() {
        #expect(NameBasedUUID.version5(namespace: NameBasedUUID.dnsNamespace, name: "www.example.com")
            == UUID(uuidString: "2ed6657d-e927-568b-95e1-2665a8aea6a2"))
    }

    /// Python's `uuid.uuid5(uuid.NAMESPACE_URL, "https://w3id.org/sjt/xapi")`: sjt's xAPI namespace.
    @Test func sjtsXAPINamespaceIsVersion5OfItsProfileIRIInTheURLNamespace() {
        #expect(NameBasedUUID.version5(namespace: NameBasedUUID.urlNamespace, name: "https://w3id.org/sjt/xapi")
            == UUID(uuidString: "b6e649a8-1603-55c6-ac32-c013478340c3"))
    }

    @Test func aNameOutsideASCIIIsHashedAsUTF8() {
        // uuid.uuid5(uuid.NAMESPACE_URL, "Zoë")
        #expect(NameBasedUUID.version5(namespace: NameBasedUUID.urlNamespace, name: "Zoë").uuidString.lowercased() == "09d53766-7e1d-5682-8909-e6066807d50d")
    }
}
