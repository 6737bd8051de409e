import SJTEngine

/// The colours of the charts: Okabe and Ito's palette, which people with the common colour-vision
/// deficiencies tell apart, chosen so that the colours of one chart also differ in lightness and so
/// stay apart when printed in greyscale. No chart relies on colour alone: every bar, segment and
/// dot has a label beside or inside it, and the table beneath holds the same figures.
enum Palette {
    static let ink = "#1a1a1a"
    static let muted = "#6b6b6b"
    static let grid = "#d9d9d9"
    static let range = "#bdbdbd"
    static let outline = "#4d4d4d"

    static let orange = "#E69F00"
    static let skyBlue = "#56B4E9"
    static let bluishGreen = "#009E73"
    static let yellow = "#F0E442"
    static let blue = "#0072B2"
    static let vermillion = "#D55E00"
    static let reddishPurple = "#CC79A7"

    /// One colour per level, lightest for front-line workers (greys 214, 159, 119 and 87 in print).
    static func level(_ level: LeadershipLevel) -> String {
        switch level {
        case .frontLineWorker: yellow
        case .frontLineLeader: skyBlue
        case .operationalLeader: vermillion
        case .strategicLeader: blue
        }
    }

    /// A colour for the band at `index` (lowest first) of the catalogue's bands: vermillion for
    /// the lowest, then yellow, sky blue and blue; a catalogue with more bands goes on with orange,
    /// bluish green and reddish purple.
    static func band(_ index: Int) -> String {
        let colours = [vermillion, yellow, skyBlue, blue, orange, bluishGreen, reddishPurple]
        return colours[index % colours.count]
    }

    /// Black or white, whichever reads better on `fill`.
    static func text(on fill: String) -> String {
        [vermillion, blue, bluishGreen].contains(fill) ? "#ffffff" : ink
    }
}
