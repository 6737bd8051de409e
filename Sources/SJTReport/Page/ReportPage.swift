import Plot

/// The page: one self-contained HTML file with its own style sheet and no script.
///
/// Its Content-Security-Policy lets the page load nothing at all (no script, font, image or style
/// from anywhere, only its own inline style and `data:` images), so it opens the same on a laptop
/// with no network, and a reference that slipped in would be blocked rather than fetched.
struct ReportPage {
    static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

    var title: String
    /// Paragraphs under the title: what the export is.
    var lead: [BodyNode]
    var sections: [ReportSection]
    var footer: String

    /// What every report says at its foot: what made it, and from what.
    static func footer(engineVersion: String) -> String {
        "Made by sjt \(engineVersion) from the CSV files in this folder: every figure here is one those files hold. "
            + "docs/report.md explains each section; docs/statistics.md each figure."
    }

    /// The page's bytes: UTF-8, the same for the same export.
    func render() -> [UInt8] {
        let html = HTML(
            .lang(.english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.attribute(named: "http-equiv", value: "Content-Security-Policy"), .content(Self.contentSecurityPolicy)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", nodes: [.literal(title)]),
                .style(ReportStyle.css)
            ),
            .body(
                .header(.h1(.literal(title)), .group(lead)),
                .nav(
                    .safeAttribute("aria-label", "Contents"),
                    .ul(.group(sections.map { section in
                        .li(.a(.safeAttribute("href", "#" + section.id), .literal(section.heading)))
                    }))
                ),
                .main(.group(sections.map { $0.render() })),
                .footer(.p(.literal(footer)))
            )
        )
        return Array((html.render() + "\n").utf8)
    }
}
