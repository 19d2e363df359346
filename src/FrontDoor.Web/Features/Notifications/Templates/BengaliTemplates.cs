namespace FrontDoor.Web.Features.Notifications.Templates;

/// <summary>Bengali (bn). Needs review by a native speaker before a council relies on it.</summary>
internal static class BengaliTemplates
{
    private const string Details = """
        আপনার রেফারেন্স: ((reference))
        সেবা: ((service))
        যিনি দেখছেন: ((officer))
        এরপর কী হবে: ((what_happens_next))
        আমরা এই তারিখের মধ্যে শেষ করার আশা করি: ((date))
        """;

    private const string Contact = """
        কোনো প্রশ্ন থাকলে ((contact_phone)) নম্বরে ফোন করুন অথবা ((contact_email)) ঠিকানায় ইমেইল করুন। আপনার রেফারেন্স ((reference)) দিন।

        ((council))
        """;

    private const string SmsEnd = "রেফারেন্স ((reference))। ((service))। ((officer)) দেখছেন। এরপর: ((what_happens_next)) শেষ হবে ((date)) এর মধ্যে। ফোন ((contact_phone))।";

    public static IReadOnlyDictionary<string, TemplateText> All { get; } = new Dictionary<string, TemplateText>
    {
        [NotificationEvent.RequestReceived] = new(
            "আমরা আপনার অনুরোধ পেয়েছি ((reference))",
            $"প্রিয় ((name)),\n\nআমাদের জানানোর জন্য ধন্যবাদ। আমরা আপনার অনুরোধ পেয়েছি।\n\n{Details}\n\n{Contact}",
            $"((council)): আমরা আপনার অনুরোধ পেয়েছি। {SmsEnd}"),
        [NotificationEvent.OfficerAssigned] = new(
            "((officer)) আপনার অনুরোধ দেখছেন ((reference))",
            $"প্রিয় ((name)),\n\n((officer)) এখন আপনার অনুরোধ দেখছেন।\n\n{Details}\n\n{Contact}",
            $"((council)): ((officer)) এখন আপনার অনুরোধ দেখছেন। {SmsEnd}"),
        [NotificationEvent.RequestUpdate] = new(
            "আপনার অনুরোধ সম্পর্কে খবর ((reference))",
            $"প্রিয় ((name)),\n\nআপনার অনুরোধ সম্পর্কে নতুন খবর আছে।\n\n((note))\n\n{Details}\n\n{Contact}",
            $"((council)): আপনার অনুরোধের খবর: ((note)) {SmsEnd}"),
        [NotificationEvent.RequestDelayed] = new(
            "আপনার অনুরোধের জন্য আমাদের আরও সময় লাগবে ((reference))",
            $"প্রিয় ((name)),\n\nআমরা দুঃখিত। আপনার অনুরোধের জন্য আমাদের আরও সময় লাগবে।\n\n((note))\n\n{Details}\n\n{Contact}",
            $"((council)): দুঃখিত, আমাদের আরও সময় লাগবে। {SmsEnd}"),
        [NotificationEvent.RequestLate] = new(
            "আপনার অনুরোধে দেরি হচ্ছে ((reference))",
            $"প্রিয় ((name)),\n\nআমরা দুঃখিত। যে তারিখ দিয়েছিলাম তার মধ্যে আপনার অনুরোধ শেষ করতে পারিনি। আমরা এখনও কাজ করছি এবং শেষ হলে আপনাকে জানাব।\n\n{Details}\n\n{Contact}",
            $"((council)): দুঃখিত, আপনার অনুরোধে দেরি হচ্ছে। {SmsEnd}"),
        [NotificationEvent.RequestClosed] = new(
            "আমরা আপনার অনুরোধ বন্ধ করেছি ((reference))",
            """
            প্রিয় ((name)),

            আমরা আপনার অনুরোধ বন্ধ করেছি।

            ((note))

            আপনার রেফারেন্স: ((reference))
            সেবা: ((service))
            যিনি দেখেছেন: ((officer))
            এরপর কী হবে: ((what_happens_next))
            বন্ধের তারিখ: ((date))

            আমরা কেমন করেছি জানান: ((feedback_link))

            ((council))
            """,
            "((council)): আপনার অনুরোধ ((reference)) (((service))) ((date)) তারিখে বন্ধ হয়েছে, দেখেছেন ((officer))। ((note)) এরপর: ((what_happens_next)) মতামত দিন: ((feedback_link))"),
        [NotificationEvent.RequestReopened] = new(
            "আমরা আপনার অনুরোধ আবার খুলেছি ((reference))",
            $"প্রিয় ((name)),\n\nআমরা আপনার অনুরোধ আবার খুলেছি।\n\n((note))\n\n{Details}\n\n{Contact}",
            $"((council)): আমরা আপনার অনুরোধ আবার খুলেছি। {SmsEnd}"),
        [NotificationEvent.MessageReceived] = new(
            "আমরা ((reference)) সম্পর্কে আপনার বার্তা পেয়েছি",
            $"প্রিয় ((name)),\n\nআপনার ইমেইলের জন্য ধন্যবাদ। আমরা এটি আপনার অনুরোধে যোগ করেছি।\n\n{Details}\n\n{Contact}",
            $"((council)): আমরা আপনার বার্তা পেয়েছি। {SmsEnd}"),
        [NotificationEvent.AccountConfirmEmail] = new(
            "আপনার ইমেইল ঠিকানা নিশ্চিত করুন",
            "আপনার ইমেইল ঠিকানা নিশ্চিত করতে এই লিংক ব্যবহার করুন:\n\n((link))\n\nআপনি এটি না চাইলে কিছু করতে হবে না।\n\n((council))",
            "((council)): আপনার ইমেইল নিশ্চিত করুন: ((link))"),
        [NotificationEvent.AccountResetPassword] = new(
            "আপনার পাসওয়ার্ড বদলান",
            "নতুন পাসওয়ার্ড বেছে নিতে এই লিংক ব্যবহার করুন:\n\n((link))\n\nআপনি এটি না চাইলে কিছু করতে হবে না। আপনার পাসওয়ার্ড বদলায়নি।\n\n((council))",
            "((council)): পাসওয়ার্ড বদলান: ((link))"),
    };
}
