import CXMCommands

@main
struct Entrypoint {
    static func main() async { await CXMRoot.main() }
}
