import Foundation

/// The three customer journeys of the demo company, their stages and touchpoints.
enum DemoJourneys {
    static let journeys = [
        Journey(
            id: "journey-becoming-customer", name: "Becoming a customer",
            description: "From comparing offers to the first bill: how a private or business customer chooses "
                + "Norrsken Telecom, signs up online or in a store and gets going.", position: 0),
        Journey(
            id: "journey-broadband-installation", name: "Getting broadband installed",
            description: "Ordering fibre broadband, booking the installation, the technician's visit and the first "
                + "days with a working connection.", position: 1),
        Journey(
            id: "journey-getting-help", name: "Getting help and support",
            description: "When something does not work or a question comes up: self-service, contact with "
                + "customer service or a store, a technician if needed, and the case closed.", position: 2),
    ]

    static let stages = [
        Stage(
            id: "stage-explore-offers", journeyID: "journey-becoming-customer", name: "Explore offers", phase: .before,
            position: 0),
        Stage(id: "stage-order", journeyID: "journey-becoming-customer", name: "Choose and order", phase: .during, position: 1),
        Stage(id: "stage-get-started", journeyID: "journey-becoming-customer", name: "Get started", phase: .during, position: 2),
        Stage(id: "stage-first-bill", journeyID: "journey-becoming-customer", name: "The first bill", phase: .after, position: 3),
        Stage(
            id: "stage-check-and-order-fibre", journeyID: "journey-broadband-installation", name: "Check availability and order",
            phase: .before, position: 0),
        Stage(
            id: "stage-book-installation", journeyID: "journey-broadband-installation", name: "Book the installation",
            phase: .during, position: 1),
        Stage(
            id: "stage-installation-day", journeyID: "journey-broadband-installation", name: "Installation day", phase: .during,
            position: 2),
        Stage(
            id: "stage-up-and-running", journeyID: "journey-broadband-installation", name: "Up and running", phase: .after,
            position: 3),
        Stage(
            id: "stage-look-for-answer", journeyID: "journey-getting-help", name: "Look for an answer", phase: .before,
            position: 0),
        Stage(id: "stage-contact-us", journeyID: "journey-getting-help", name: "Contact us", phase: .during, position: 1),
        Stage(id: "stage-problem-solved", journeyID: "journey-getting-help", name: "Problem solved", phase: .after, position: 2),
    ]

    private static func make(
        _ id: String, _ stageID: String, _ position: Int, _ name: String, channel: String, owner: String,
        feeling: String, functional: [String], emotional: [String], hygiene: [String],
        actions: [String], frontstage: [String], backstage: [String], support: [String]
    ) -> Touchpoint {
        Touchpoint(
            id: id, stageID: stageID, name: name, position: position, channelID: "channel-\(channel)",
            ownerUnitID: owner, feeling: feeling, functionalNeeds: functional, emotionalNeeds: emotional,
            hygieneFactors: hygiene,
            blueprint: ServiceBlueprint(
                customerActions: actions, frontstage: frontstage, backstage: backstage, supportProcesses: support))
    }

    private typealias Org = DemoOrganisation

    static let touchpoints: [Touchpoint] = [
        // Becoming a customer
        make(
            "tp-web-compare", "stage-explore-offers", 0, "Compare plans on the website", channel: "web", owner: Org.digitalID,
            feeling: "I understand the options and feel confident choosing",
            functional: [
                "See prices including all fees", "Compare data, speed and binding period side by side",
                "Check coverage at home and at the cottage",
            ],
            emotional: ["Not being tricked by small print", "Feeling in control of the choice"],
            hygiene: ["Prices on the site match the order", "Pages load fast on a phone"],
            actions: ["Opens the plan page", "Filters by data and price", "Checks coverage on the map"],
            frontstage: ["Plan comparison table", "Coverage map", "Price calculator"],
            backstage: ["Product team updates offers and campaign prices", "Legal reviews terms"],
            support: ["Product catalogue", "Web CMS", "Coverage data from network planning"]),
        make(
            "tp-store-advice", "stage-explore-offers", 1, "Get advice in a store", channel: "store", owner: Org.retailID,
            feeling: "Welcome and well advised, not sold to",
            functional: ["Short wait before someone helps", "Advice on the plan that fits my usage", "Try phones before buying"],
            emotional: ["Being taken seriously", "Trust that the advice is in my interest"],
            hygiene: ["Staff greet within two minutes", "Demo phones charged and working"],
            actions: ["Walks into the store", "Describes needs", "Tries phones"],
            frontstage: ["Greeting and needs dialogue", "Plan and phone recommendation"],
            backstage: ["Queue management", "Stock check", "Daily sales huddle"],
            support: ["Point-of-sale system", "Stock system", "Sales training programme"]),
        make(
            "tp-sales-chat", "stage-explore-offers", 2, "Ask a question in the sales chat", channel: "chat",
            owner: Org.customerCareID,
            feeling: "My question was answered quickly and honestly",
            functional: ["Answer within a few minutes", "Clear answer about price and binding period"],
            emotional: ["Not being pushed", "Feeling heard"],
            hygiene: ["The chat is staffed in opening hours", "The chat remembers the conversation if the page reloads"],
            actions: ["Opens the chat from a plan page", "Asks about price, coverage or porting"],
            frontstage: ["Chat agent answers", "Links to the right plan"],
            backstage: ["Chat routing by language", "Agent looks up offers and coverage"],
            support: ["Chat platform", "Knowledge base", "Workforce planning"]),
        make(
            "tp-web-order", "stage-order", 0, "Order a subscription online", channel: "web", owner: Org.digitalID,
            feeling: "That was easy, I know exactly what I have ordered",
            functional: ["Few steps to order", "Identify with BankID/MitID/BankID Norway", "Keep my number when switching"],
            emotional: ["Feeling safe with personal data", "Confidence that nothing was missed"],
            hygiene: ["Order confirmation by email within minutes", "Payment works first time"],
            actions: ["Chooses plan and phone", "Identifies electronically", "Confirms the order"],
            frontstage: ["Checkout", "Number porting form", "Order confirmation"],
            backstage: ["Credit check", "Order created in the BSS", "Porting request sent to the previous operator"],
            support: ["Order management system", "e-ID provider", "Payment provider", "Porting database"]),
        make(
            "tp-store-order", "stage-order", 1, "Sign up in a store", channel: "store", owner: Org.retailID,
            feeling: "Done in one visit, and I left with a working phone",
            functional: ["Contract explained in plain words", "SIM activated before leaving", "Data moved to the new phone"],
            emotional: ["Feeling looked after", "Trust in what was promised"],
            hygiene: ["The contract matches what was said", "Card payment and ID check work"],
            actions: ["Chooses plan with the seller", "Signs the contract", "Gets SIM and phone"],
            frontstage: ["Contract walk-through", "SIM activation", "Data transfer help"],
            backstage: ["Order registered in the point-of-sale system", "Stock updated"],
            support: ["Point-of-sale system", "Activation platform", "Commission rules that reward the right plan"]),
        make(
            "tp-welcome-email", "stage-get-started", 0, "Receive the welcome email and SIM", channel: "email",
            owner: Org.digitalID,
            feeling: "I know what happens next and when",
            functional: ["Delivery date and tracking", "Activation instructions", "When the number moves over"],
            emotional: ["Reassurance that the order is on its way", "Feeling welcome"],
            hygiene: ["The SIM arrives on the promised day", "Instructions match the SIM pack"],
            actions: ["Reads the welcome email", "Collects the parcel", "Inserts the SIM"],
            frontstage: ["Welcome email", "Delivery notifications", "SIM pack with quick guide"],
            backstage: ["Logistics picks and ships", "Activation scheduled with the porting date"],
            support: ["Email platform", "Logistics partner", "Activation platform"]),
        make(
            "tp-app-login", "stage-get-started", 1, "Log in to the app", channel: "app", owner: Org.digitalID,
            feeling: "Straight in, everything about my subscription in one place",
            functional: ["Log in with e-ID or a code", "Stay logged in", "See usage and bills right away"],
            emotional: ["Feeling in control", "Feeling safe"],
            hygiene: ["Login works on the first try", "One-time codes arrive within seconds"],
            actions: ["Downloads the app", "Logs in", "Checks data usage"],
            frontstage: ["Login screen", "One-time code by SMS", "Overview page"],
            backstage: ["Identity service checks the login", "Session management"],
            support: ["Identity platform (new login flow from autumn)", "SMS gateway", "App release process"]),
        make(
            "tp-first-bill", "stage-first-bill", 0, "Receive and understand the first bill", channel: "email",
            owner: Org.billingID,
            feeling: "The bill is what I expected and easy to read",
            functional: [
                "Amount matches the offer", "Start-up period and discounts explained", "Choice of e-invoice or direct debit",
            ],
            emotional: ["Not feeling cheated", "Trust in the company"],
            hygiene: ["No unexpected fees", "Correct name and address"],
            actions: ["Opens the bill", "Compares it with the offer", "Pays or sets up direct debit"],
            frontstage: ["Bill email", "Bill explained in the app"],
            backstage: ["Billing run", "Pro-rata calculation for the first month"],
            support: ["Billing system", "e-invoice and direct-debit providers"]),
        // Getting broadband installed
        make(
            "tp-fibre-check", "stage-check-and-order-fibre", 0, "Check fibre availability at my address", channel: "web",
            owner: Org.digitalID,
            feeling: "I quickly know whether I can get fibre and what it costs",
            functional: ["Search by address", "See speeds, price and installation fee", "Know the earliest installation date"],
            emotional: ["Certainty before committing", "Feeling the company knows my building"],
            hygiene: ["The address is found", "The result is correct for the building"],
            actions: ["Types the address", "Chooses speed", "Orders or leaves an interest"],
            frontstage: ["Address lookup", "Speed and price offer"],
            backstage: ["Address matched against the network inventory"],
            support: ["Network inventory", "Address register", "Order management system"]),
        make(
            "tp-install-booking", "stage-book-installation", 0, "Book and confirm the installation time", channel: "email",
            owner: Org.fieldOperationsID,
            feeling: "I have a time that suits me and I trust it",
            functional: ["Choose among several time windows", "Confirmation with what to prepare", "Reminder the day before"],
            emotional: ["Feeling respected as someone with a job and a life", "Trust the technician will come"],
            hygiene: ["Time windows of at most three hours", "The booking shows up correctly in the app"],
            actions: ["Chooses a time window", "Reads what to prepare"],
            frontstage: ["Booking page", "Confirmation email", "SMS reminder"],
            backstage: ["Dispatch plans the technicians' routes", "Material reserved"],
            support: ["Field service scheduling system", "SMS gateway", "Partner contractors' calendars"]),
        make(
            "tp-install-reschedule", "stage-book-installation", 1, "Reschedule the installation by phone", channel: "phone",
            owner: Org.customerCareID,
            feeling: "Changing the time was simple and nothing got lost",
            functional: ["Short queue", "New time agreed in the call", "Confirmation afterwards"],
            emotional: ["Not feeling like a nuisance", "Confidence in the new time"],
            hygiene: ["The old booking is cancelled", "The new time is confirmed in writing"],
            actions: ["Calls customer service", "Agrees a new time"],
            frontstage: ["Agent finds the booking", "New time offered"],
            backstage: ["Dispatch updates the route", "Contractor informed"],
            support: ["Telephony and queue system", "Field service scheduling system"]),
        make(
            "tp-install-visit", "stage-installation-day", 0, "The technician installs fibre", channel: "field_service",
            owner: Org.fieldOperationsID,
            feeling: "Professional, on time and tidy: it just works",
            functional: [
                "Arrives within the agreed window", "Installs and tests the connection", "Explains the router and Wi-Fi",
            ],
            emotional: ["Feeling safe letting someone into my home", "Respect for my home and time"],
            hygiene: ["On time or calls ahead if late", "Leaves no mess", "Connection works when the technician leaves"],
            actions: ["Lets the technician in", "Shows where the router should be", "Tests the Wi-Fi"],
            frontstage: ["Technician's call on the way", "Installation and speed test", "Handover of the router"],
            backstage: ["Route planning", "Port activation in the network", "Installation report"],
            support: ["Field service app", "Network activation", "Material logistics", "Contractor agreements"]),
        make(
            "tp-router-setup", "stage-up-and-running", 0, "Set up the router and Wi-Fi in the app", channel: "app",
            owner: Org.digitalID,
            feeling: "Fast Wi-Fi in every room, set up by myself",
            functional: ["Change network name and password", "Check speed", "Add a mesh point"],
            emotional: ["Feeling capable", "Feeling the family is taken care of"],
            hygiene: ["The app finds the router", "Changes take effect at once"],
            actions: ["Opens the Wi-Fi section", "Renames the network", "Runs a speed test"],
            frontstage: ["Wi-Fi settings in the app", "Speed test", "Mesh guide"],
            backstage: ["Router management platform applies settings"],
            support: ["Router management platform", "App release process"]),
        make(
            "tp-install-followup", "stage-up-and-running", 1, "Follow-up call after the installation", channel: "phone",
            owner: Org.customerCareID,
            feeling: "They care whether it actually works for me",
            functional: ["Call at a convenient time", "Help with anything left over"],
            emotional: ["Feeling cared for", "Feeling that problems are caught early"],
            hygiene: ["The caller knows my installation", "The call is short"],
            actions: ["Answers the call", "Mentions remaining problems"],
            frontstage: ["Follow-up call", "Booking of a fix if needed"],
            backstage: ["Call list from completed installations", "Cases created for problems"],
            support: ["Outbound calling tool", "Case management system"]),
        // Getting help and support
        make(
            "tp-help-centre", "stage-look-for-answer", 0, "Search the help centre", channel: "web", owner: Org.digitalID,
            feeling: "I solved it myself in a couple of minutes",
            functional: [
                "Search that understands my words", "Step-by-step guides with pictures",
                "A way to contact someone if the guide fails",
            ],
            emotional: ["Feeling capable", "Not being stuck in a loop"],
            hygiene: ["Guides match current phones and routers", "Search works in my language"],
            actions: ["Searches for the problem", "Follows a guide"],
            frontstage: ["Help centre search", "Guides", "Contact options"],
            backstage: ["Content team updates guides from top contact reasons"],
            support: ["Knowledge base", "Search analytics"]),
        make(
            "tp-outage-notice", "stage-look-for-answer", 1, "Check outages and get notified", channel: "app",
            owner: Org.digitalID,
            feeling: "I know what is going on and when it will be fixed",
            functional: ["See outages at my address", "Estimated time of repair", "Notification when it is fixed"],
            emotional: ["Reassurance", "Not having to call and queue"],
            hygiene: ["Outages shown within minutes", "Estimated repair times kept up to date"],
            actions: ["Opens the outage map", "Turns on notifications"],
            frontstage: ["Outage map", "Push notifications"],
            backstage: ["Network operations centre registers the incident", "Updates the estimate"],
            support: ["Incident management", "Push notification service"]),
        make(
            "tp-support-chat", "stage-contact-us", 0, "Chat with customer service", channel: "chat", owner: Org.customerCareID,
            feeling: "Quick, competent help without having to repeat myself",
            functional: ["Short wait", "An agent who can see my subscription", "Solution in the same chat"],
            emotional: ["Feeling understood", "Confidence the problem is solved"],
            hygiene: ["The chat bot hands over to a person when asked", "No need to repeat details after hand-over"],
            actions: ["Starts the chat", "Describes the problem", "Tries the suggested fix"],
            frontstage: ["Chat bot triage", "Agent conversation"],
            backstage: ["Agent checks the network and the subscription", "Case logged"],
            support: ["Chat platform", "Case management system", "Network diagnostics"]),
        make(
            "tp-support-phone", "stage-contact-us", 1, "Call customer service", channel: "phone", owner: Org.customerCareID,
            feeling: "Someone took ownership and fixed it",
            functional: ["Short queue or a call-back", "First-contact resolution", "Clear next steps"],
            emotional: ["Being taken seriously", "Relief"],
            hygiene: ["Queue time told honestly", "Call-back comes when promised"],
            actions: ["Calls the support number", "Waits in the queue", "Explains the problem"],
            frontstage: ["IVR menu", "Agent conversation", "Call-back offer"],
            backstage: ["Agent troubleshoots", "Escalation to second line", "Case notes"],
            support: ["Telephony and queue system", "Case management system", "Workforce planning"]),
        make(
            "tp-store-support", "stage-contact-us", 2, "Get help in a store", channel: "store", owner: Org.retailID,
            feeling: "Face-to-face help that solved it",
            functional: ["Help with phone settings, SIM and e-SIM", "Repair or replacement handled in the store"],
            emotional: ["Feeling taken care of", "Patience with my questions"],
            hygiene: ["Someone helps within ten minutes", "Staff can see my case history"],
            actions: ["Brings the phone to the store", "Explains the problem"],
            frontstage: ["Troubleshooting at the counter", "Repair hand-in"],
            backstage: ["Repair logistics", "Case logged"],
            support: ["Point-of-sale system", "Repair partner", "Case management system"]),
        make(
            "tp-repair-visit", "stage-problem-solved", 0, "A technician visits to fix a fault", channel: "field_service",
            owner: Org.fieldOperationsID,
            feeling: "Fixed for good, at the time we agreed",
            functional: [
                "Visit within the agreed window", "Fault found and fixed in one visit", "Explanation of what was wrong",
            ],
            emotional: ["Relief", "Trust that it will not happen again"],
            hygiene: ["The technician knows the fault beforehand", "Calls ahead if late"],
            actions: ["Is at home for the visit", "Tests the connection afterwards"],
            frontstage: ["Technician visit", "Test together with the customer"],
            backstage: ["Dispatch from the fault case", "Spare parts"],
            support: ["Field service app", "Case management system", "Spare-part logistics"]),
        make(
            "tp-resolution-email", "stage-problem-solved", 1, "Receive the case resolution email", channel: "email",
            owner: Org.customerCareID,
            feeling: "The case is closed and I know what was done",
            functional: ["Summary of what was done", "How to reopen the case"],
            emotional: ["Feeling that the company kept its promise"],
            hygiene: ["Sent only when the problem really is fixed", "Case number included"],
            actions: ["Reads the summary", "Reopens the case if the problem is back"],
            frontstage: ["Resolution email"],
            backstage: ["Case closed with root cause"],
            support: ["Case management system", "Email platform"]),
    ]
}
