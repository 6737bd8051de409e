import SJTCohort
import Testing

struct AbsoluteIRITests {
    @Test(arguments: [
        ("https://learning.example.org/sjt/", "https://learning.example.org/sjt"),
        ("https://learning.example.org", "https://learning.example.org"),
        ("https://learning.example.org/", "https://learning.example.org"),
        ("http://127.0.0.1:8080/sjt", "http://127.0.0.1:8080/sjt"),
        ("https://[::1]:8443/sjt", "https://[::1]:8443/sjt"),
        ("https://lärande.example.se/övning", "https://lärande.example.se/övning"),
        ("urn-like+scheme.v2://host/x", "urn-like+scheme.v2://host/x"),
    ])
    func anAbsoluteIRIWithAHostIsKeptWithoutItsTrailingSlash(_ text: String, _ kept: String) throws {
        #expect(try AbsoluteIRI(text).text == kept)
    }

    @Test(arguments: [
        ("", AbsoluteIRIError.empty),
        ("not an iri", .forbiddenCharacter("not an iri", " ")),
        ("https://example.org/a{b}", .forbiddenCharacter("https://example.org/a{b}", "{")),
        ("learning.example.org/sjt", .noScheme("learning.example.org/sjt")),
        ("1https://example.org", .noScheme("1https://example.org")),
        ("mailto:sjt@example.org", .noScheme("mailto:sjt@example.org")),
        ("https:///sjt", .noHost("https:///sjt")),
        ("https://example.org:80a/sjt", .noHost("https://example.org:80a/sjt")),
        ("https://example.org/sjt#top", .queryOrFragment("https://example.org/sjt#top")),
        ("https://trainer@example.org/sjt", .userInformation("https://trainer@example.org/sjt")),
    ])
    func textThatIsNotAnAbsoluteIRIWithAHostIsRefused(_ text: String, _ error: AbsoluteIRIError) {
        #expect(throws: error) { try AbsoluteIRI(text) }
    }

    @Test func theRefusalSaysWhatIsWrongAndShowsAGoodOne() {
        #expect(AbsoluteIRIError.forbiddenCharacter("a\tb", "\t").description
            == "'a\tb' is not an IRI: it holds 'U+9', which an IRI may not; percent-encode it or give one such as https://learning.example.org/sjt")
    }

    @Test func theOriginIsTheSchemeAndAuthority() throws {
        #expect(try AbsoluteIRI("https://learning.example.org:8443/sjt/x").origin.text == "https://learning.example.org:8443")
    }

    @Test func segmentsArePercentEncodedBeyondTheUnreservedCharacters() throws {
        #expect(try AbsoluteIRI("https://example.org/sjt").appending("scenarios", "a b/ç~x") == "https://example.org/sjt/scenarios/a%20b%2F%C3%A7~x")
    }
}
