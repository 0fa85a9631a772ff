/// First and last names that fit each country, with e-mail-safe spellings worked out once.
struct DemoNames: Sendable {
    let first: [String]
    let last: [String]
    let firstASCII: [String]
    let lastASCII: [String]

    init(first: [String], last: [String]) {
        self.first = first
        self.last = last
        firstASCII = first.map(DemoNames.ascii)
        lastASCII = last.map(DemoNames.ascii)
    }

    /// Lowercase a–z only: å, ä → a; ö, ø → o; æ → ae; everything else that is not a letter dropped.
    static func ascii(_ name: String) -> String {
        var result = ""
        for character in name.lowercased() {
            switch character {
            case "å", "ä", "á", "à": result += "a"
            case "ö", "ø", "ó": result += "o"
            case "æ": result += "ae"
            case "é", "è": result += "e"
            case "ü": result += "u"
            default: if character.isASCII && character.isLetter { result.append(character) }
            }
        }
        return result
    }

    static let swedish = DemoNames(
        first: [
            "Anna", "Maria", "Karin", "Sara", "Emma", "Elin", "Johanna", "Linnea", "Ida", "Maja", "Ebba", "Kristina",
            "Eva", "Lena", "Ingrid", "Sofia", "Frida", "Hanna", "Matilda", "Astrid", "Agnes", "Malin", "Cecilia",
            "Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Mikael", "Nils", "Oskar", "Gustav", "Fredrik", "Magnus",
            "Henrik", "Jonas", "Björn", "Axel", "Viktor", "Emil", "Olof", "Lennart", "Mattias", "Daniel", "Hugo", "Filip",
            "Ali", "Amina", "Yusuf", "Leila",
        ],
        last: [
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
            "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Lindström", "Bergström", "Sandberg", "Holm",
            "Engström", "Forsberg", "Sjöberg", "Wallin", "Ek", "Åberg", "Nyström", "Hedlund", "Lundgren", "Björk", "Dahl",
            "Söderberg", "Hassan", "Mohammed",
        ])

    static let danish = DemoNames(
        first: [
            "Anne", "Mette", "Kirsten", "Hanne", "Lene", "Camilla", "Louise", "Sofie", "Emma", "Ida", "Freja", "Maja",
            "Signe", "Line", "Julie", "Karen", "Birgitte", "Pernille", "Trine", "Cecilie", "Jens", "Søren", "Niels",
            "Lars", "Morten", "Mads", "Rasmus", "Anders", "Henrik", "Mikkel", "Frederik", "Christian", "Jesper", "Thomas",
            "Peter", "Kasper", "Emil", "Magnus", "Oliver", "Jakob", "Ahmad", "Zainab",
        ],
        last: [
            "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
            "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen",
            "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Østergaard", "Lund", "Bach", "Dalgaard", "Kjær",
            "Frederiksen", "Holm",
        ])

    static let norwegian = DemoNames(
        first: [
            "Ingrid", "Kari", "Marit", "Anne", "Silje", "Ingeborg", "Nora", "Emma", "Ida", "Thea", "Sofie", "Hanne",
            "Kristin", "Marte", "Solveig", "Ragnhild", "Tone", "Hilde", "Maren", "Live", "Ole", "Lars", "Knut", "Per",
            "Jan", "Bjørn", "Arne", "Terje", "Håkon", "Magnus", "Sindre", "Eirik", "Jonas", "Henrik", "Sander", "Martin",
            "Even", "Torbjørn", "Øyvind", "Jakob", "Amir", "Sara",
        ],
        last: [
            "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen",
            "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl",
            "Halvorsen", "Henriksen", "Lund", "Sørensen", "Strand", "Solberg", "Bakken", "Lie", "Moen", "Aasen",
        ])

    static let finnish = DemoNames(
        first: [
            "Aino", "Anna", "Eeva", "Helmi", "Johanna", "Kaisa", "Laura", "Liisa", "Maria", "Minna", "Riikka", "Sanna",
            "Satu", "Tiina", "Tuula", "Antti", "Jari", "Juha", "Jukka", "Kari", "Markku", "Matti", "Mikko", "Pekka",
            "Timo", "Ville", "Janne", "Heikki", "Tuomas", "Sami",
        ],
        last: [
            "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
            "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Kinnunen", "Salonen",
            "Turunen", "Rantanen",
        ])

    static let international = DemoNames(
        first: [
            "Emily", "Sarah", "Olivia", "Priya", "Fatima", "Laura", "Chloe", "Maria", "Aisha", "Hannah", "James", "David",
            "Michael", "Daniel", "Ahmed", "Luca", "Thomas", "Ben", "Omar", "Raj", "Wei", "Ana",
        ],
        last: [
            "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Khan", "Müller", "Rossi", "García", "Patel", "Nowak",
            "Kowalski", "Murphy", "O'Brien", "Chen", "Silva", "Novak", "Fischer",
        ])
}
