@testable import sjt
import Testing

/// The one rule for store- and user-sourced text on a terminal (docs/practice.md).
struct VisibleTextTests {
    @Test func controlCharactersAndBidiOverridesAreShownAsEscapes() {
        #expect(VisibleText("a\u{1B}[2Jb\u{07}\u{7F}\u{9B}\n\t").description == #"a\u{1B}[2Jb\u{07}\u{7F}\u{9B}\u{0A}\u{09}"#)
        #expect(VisibleText("abc\u{202E}fed\u{2066}\u{200F}").description == #"abc\u{202E}fed\u{2066}\u{200F}"#)
    }

    @Test func printableTextIsLeftAsItIs() {
        for text in ["Zoë Ó Briain", "مريم", "王小明", "O'Brien \"x\" \\ ok", "👩🏽‍⚕️"] {
            #expect(VisibleText(text).description == text)
        }
    }
}
