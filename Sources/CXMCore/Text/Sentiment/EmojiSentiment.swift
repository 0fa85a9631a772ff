/// The sentiment of common emoji in customer feedback, on the lexicon scale (−4…4), written by the cxm team.
/// An emoji not listed carries none.
enum EmojiSentiment {
    static let values: [String: Float] = {
        var values: [String: Float] = [:]
        let table: [(String, Float)] = [
            ("😀😃😄😁😊☺🙂😌🥰😍🤩😘😗😙😚😋😎🤗🥳", 2.5), ("😆😂🤣😅", 1.5), ("😇", 2),
            ("👍👌👏🙌💯✅✔🎉🎊🌟⭐✨💪🏆🥇", 2), ("❤🧡💛💚💙💜🤍🖤💕💖💗💓💞💝♥", 2.8),
            ("🙏", 1.2), ("😉😜😝😛🤪", 1.2),
            ("😐😑😶🤔🙄😏", -0.4), ("😕😟🙁☹😔😞😒😓😩😫", -2), ("😢😥😭😿", -2.2),
            ("😠😡🤬👿💢", -3), ("🤮🤢💩", -2.8), ("👎", -2.2), ("💔", -2.5), ("❌🚫⛔", -1.5),
            ("😤😣😖", -2), ("😱😨😰", -1.8), ("🤦🤷", -1.2), ("🐌", -1),
        ]
        for (emoji, value) in table {
            for character in emoji { values[String(character.unicodeScalars.first ?? " ")] = value }
        }
        return values
    }()
}
