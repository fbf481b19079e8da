import DeescalateKit
import Foundation

/// Synthetic chat logs for the grade benchmark: 20 turns each (customer first), varied wording from
/// good, mediocre and harmful agents, some with timestamps. Seeded, so every run grades the same files.
/// Like a real archive, canned lines (greetings, "bear with me", closings) repeat word for word, while
/// lines that carry a slot — the customer's name, an order number, a date, an amount, a time — differ
/// from log to log, so a memo of exact repeated lines only helps where a real one would.
enum ChatLogCorpus {
    /// Writes `count` logs into `folder` (100 subfolders), replacing what is there.
    static func write(count: Int, to folder: URL) {
        try? FileManager.default.removeItem(at: folder)
        for shard in 0..<100 {
            try? FileManager.default.createDirectory(at: folder.appendingPathComponent(String(format: "%02d", shard)), withIntermediateDirectories: true)
        }
        var random = SeededRandom(seed: 7)
        for index in 0..<count {
            let path = folder.appendingPathComponent(String(format: "%02d/chat-%06d.txt", index % 100, index)).path
            let text = log(&random, timestamps: index % 3 == 0)
            _ = text.withCString { pointer in
                let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                defer { close(descriptor) }
                return Glibc.write(descriptor, pointer, strlen(pointer))
            }
        }
    }

    /// `count` logs as strings.
    static func logs(count: Int, seed: UInt64) -> [String] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { log(&random, timestamps: $0 % 3 == 0) }
    }

    static func log(_ random: inout SeededRandom, timestamps: Bool) -> String {
        let style = random.next() % 10 // 0–5 good, 6–8 mediocre, 9 harmful
        let slots = Slots(&random)
        var text = ""
        for turn in 0..<10 {
            let stamp = timestamps ? "[10:\(String(format: "%02d", 10 + turn * 2))] " : ""
            text += stamp + "Customer: " + slots.fill(pick(customer, &random)) + "\n"
            let pool: [String]
            switch (turn, style) {
            case (_, 9) where random.next() % 3 == 0: pool = harmful
            case (0...1, 0...5): pool = listen + apologize
            case (2...3, 0...5): pool = apologize + listen
            case (4...7, _): pool = solve + neutral
            case (8...9, 0...8): pool = thank + solve
            default: pool = neutral + solve
            }
            text += stamp + (turn % 4 == 3 ? "Rep: " : "Agent: ") + slots.fill(pick(pool, &random)) + "\n"
        }
        return text
    }

    /// One log's slot values: the same customer, order, date and amount throughout the log.
    struct Slots {
        var name: String, order: String, date: String, amount: String, time: String

        init(_ random: inout SeededRandom) {
            name = ChatLogCorpus.names[Int(random.next() % UInt64(ChatLogCorpus.names.count))]
            order = String(100_000 + random.next() % 900_000)
            date = "\(1 + random.next() % 28) \(ChatLogCorpus.months[Int(random.next() % 12)])"
            amount = "£\(5 + random.next() % 495).\(String(format: "%02d", Int(random.next() % 100)))"
            time = "\(1 + random.next() % 11):\(String(format: "%02d", Int(random.next() % 4) * 15)) pm"
        }

        func fill(_ line: String) -> String {
            guard line.contains("{") else { return line }
            return line.replacingOccurrences(of: "{name}", with: name).replacingOccurrences(of: "{order}", with: order)
                .replacingOccurrences(of: "{date}", with: date).replacingOccurrences(of: "{amount}", with: amount)
                .replacingOccurrences(of: "{time}", with: time)
        }
    }

    static let names = ["Sam", "Priya", "Mr Okafor", "Ms Lindqvist", "Tom", "Aisha", "Mrs Byrne", "Jordan", "Wei", "Carlos",
                        "Fatima", "Mr Novak", "Grace", "Dev", "Ms Adeyemi", "Olek"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    private static func pick(_ pool: [String], _ random: inout SeededRandom) -> String { pool[Int(random.next() % UInt64(pool.count))] }

    static let customer = [
        "My parcel for order {order} is three days late and nobody has told me anything.", "I've been charged {amount} twice for order {order}!",
        "This is the third time I've called about this.", "The engineer never showed up on {date} and I took the day off.",
        "Why is it so hard to get a simple refund?", "OK.", "That's not good enough.", "Fine, go on.",
        "It says in transit and has said that since {date}.", "I want to speak to someone who can actually help.",
        "The blender smells of burning and stops after a minute.", "Yes, that's right.", "When will it arrive?",
        "I'm really not happy about this at all.", "Thanks, that works for me.", "You people are useless.",
    ]
    static let listen = [
        "What happened when you tried to track order {order}, {name}?", "Can you tell me a bit more about what went wrong?",
        "So the parcel hasn't moved since Monday and nobody called you — is that right?", "I hear you. Go on.",
        "Just to make sure I have this right, you were charged {amount} twice on {date}?", "When did you first notice the problem?",
    ]
    static let apologize = [
        "I'm so sorry, that must have been really frustrating.", "I'm sorry you had to wait so long for an answer, {name}.",
        "I completely understand why you're upset; I would be too.", "I apologise — that should not have happened.",
    ]
    static let solve = [
        "I'll send a replacement for order {order} by courier today and it will arrive by {date}.",
        "Let me refund the second charge of {amount} now; you'll see it within 3 working days.",
        "I can book an engineer for Friday morning, or if you prefer, Saturday between 8 and 12.",
        "I'll email you a confirmation tonight and call you back tomorrow at {time} to check it arrived.",
        "This needs my supervisor's approval because it's above my limit, so I'll pass it to her now.",
        "We'll look into it and hopefully get back to you soon.",
    ]
    static let thank = [
        "Thank you for your patience while we sorted this out, {name}.", "Thanks for raising this with us — I appreciate it.",
        "Thank you for bearing with me today.",
    ]
    static let neutral = ["OK, one moment please.", "Let me check that for you.", "Bear with me.", "Right."]
    static let harmful = [
        "That's our policy, I'm afraid.", "You should have read the terms.", "Calm down, it's only a parcel.",
        "Obviously you didn't read the email.", "Not my problem, to be honest.", "Whatever, I can't do anything about it.",
    ]
}
