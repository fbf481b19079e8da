import Testing
@testable import deescalate

/// The command the program suggests for running itself again, spelled for how it was started.
@Suite struct InvocationTests {
    @Test(arguments: [
        (".build/x86_64-unknown-linux-gnu/debug/deescalate", "/src/deescalate", "swift run deescalate"),          // swift run
        ("/src/deescalate/.build/debug/deescalate", "/src/deescalate", "swift run deescalate"),
        ("/src/deescalate/.build/release/deescalate", "/src/deescalate/", "swift run -c release deescalate"),
        ("/src/deescalate/.build/debug/deescalate", "/home/ana", "swift run --package-path /src/deescalate deescalate"),
        ("/src/my tools/.build/debug/deescalate", "/tmp", "swift run --package-path '/src/my tools' deescalate"),
        ("../deescalate/.build/debug/deescalate", "/src/other", "swift run --package-path /src/deescalate deescalate"),
        ("deescalate", "/anywhere", "deescalate"),                                                                   // found on PATH
        ("./deescalate", "/opt", "./deescalate"),
        ("/opt/bin/deescalate", "/home/ana", "/opt/bin/deescalate"),
        ("/opt/it's here/deescalate", "/", "'/opt/it'\\''s here/deescalate'"),
        ("", "/", "deescalate"),
    ])
    func commandForHowTheProgramWasStarted(argument0: String, directory: String, expected: String) {
        #expect(Invocation.command(argument0: argument0, currentDirectory: directory) == expected)
    }

    @Test(arguments: [
        ("Transcripts/a.json", "Transcripts/a.json"),
        ("my out/a b.json", "'my out/a b.json'"),
        ("it's", "'it'\\''s'"),
        ("$(rm -rf ~)", "'$(rm -rf ~)'"),
        ("", "''"),
    ])
    func shellQuoting(word: String, expected: String) {
        #expect(Invocation.shellQuoted(word) == expected)
    }
}
