namespace FrontDoor.Web.Features.Notifications.Templates;

/// <summary>Somali (so). Needs review by a native speaker before a council relies on it.</summary>
internal static class SomaliTemplates
{
    private const string Details = """
        Tixraacaaga: ((reference))
        Adeegga: ((service))
        Qofka ka shaqeynaya: ((officer))
        Maxaa xiga: ((what_happens_next))
        Waxaan filaynaa inaan dhammeyno: ((date))
        """;

    private const string Contact = """
        Haddii aad su'aal qabto, naga soo wac ((contact_phone)) ama iimayl u dir ((contact_email)). Sheeg tixraacaaga, ((reference)).

        ((council))
        """;

    private const string SmsEnd = "Tixraac ((reference)). ((service)). ((officer)) ayaa ka shaqeynaya. Xiga: ((what_happens_next)) Dhammaad ((date)). Wac ((contact_phone)).";

    public static IReadOnlyDictionary<string, TemplateText> All { get; } = new Dictionary<string, TemplateText>
    {
        [NotificationEvent.RequestReceived] = new(
            "Waanu helnay codsigaaga ((reference))",
            $"((name)) qaaliga ah,\n\nWaad ku mahadsan tahay inaad noo sheegtay. Waanu helnay codsigaaga.\n\n{Details}\n\n{Contact}",
            $"((council)): waanu helnay codsigaaga. {SmsEnd}"),
        [NotificationEvent.OfficerAssigned] = new(
            "((officer)) ayaa ka shaqeynaya codsigaaga ((reference))",
            $"((name)) qaaliga ah,\n\n((officer)) ayaa hadda ka shaqeynaya codsigaaga.\n\n{Details}\n\n{Contact}",
            $"((council)): ((officer)) ayaa hadda ka shaqeynaya codsigaaga. {SmsEnd}"),
        [NotificationEvent.RequestUpdate] = new(
            "War ku saabsan codsigaaga ((reference))",
            $"((name)) qaaliga ah,\n\nWaxaa jira war cusub oo ku saabsan codsigaaga.\n\n((note))\n\n{Details}\n\n{Contact}",
            $"((council)): war ku saabsan codsigaaga: ((note)) {SmsEnd}"),
        [NotificationEvent.RequestDelayed] = new(
            "Waxaan u baahanahay waqti dheeraad ah ((reference))",
            $"((name)) qaaliga ah,\n\nWaan ka xunnahay. Waxaan u baahanahay waqti dheeraad ah si aan codsigaaga u dhammeyno.\n\n((note))\n\n{Details}\n\n{Contact}",
            $"((council)): waan ka xunnahay, waqti dheeraad ah ayaan u baahanahay. {SmsEnd}"),
        [NotificationEvent.RequestLate] = new(
            "Codsigaaga ((reference)) wuu dib u dhacay",
            $"((name)) qaaliga ah,\n\nWaan ka xunnahay. Codsigaaga kuma aanan dhammeyn taariikhdii aan ku siinay. Weli waan ka shaqeynaynaa, waana kuu sheegi doonaa marka uu dhammaado.\n\n{Details}\n\n{Contact}",
            $"((council)): waan ka xunnahay, codsigaaga wuu dib u dhacay. {SmsEnd}"),
        [NotificationEvent.RequestClosed] = new(
            "Waanu xirnay codsigaaga ((reference))",
            """
            ((name)) qaaliga ah,

            Waanu xirnay codsigaaga.

            ((note))

            Tixraacaaga: ((reference))
            Adeegga: ((service))
            Qofka ka shaqeeyay: ((officer))
            Maxaa xiga: ((what_happens_next))
            Taariikhda la xiray: ((date))

            Noo sheeg sida aan u qabanay: ((feedback_link))

            ((council))
            """,
            "((council)): codsigaaga ((reference)) (((service))) waxaa la xiray ((date)), waxaa qabtay ((officer)). ((note)) Xiga: ((what_happens_next)) Fikirkaaga: ((feedback_link))"),
        [NotificationEvent.RequestReopened] = new(
            "Waanu dib u furnay codsigaaga ((reference))",
            $"((name)) qaaliga ah,\n\nWaanu dib u furnay codsigaaga.\n\n((note))\n\n{Details}\n\n{Contact}",
            $"((council)): waanu dib u furnay codsigaaga. {SmsEnd}"),
        [NotificationEvent.MessageReceived] = new(
            "Waanu helnay fariintaada ku saabsan ((reference))",
            $"((name)) qaaliga ah,\n\nWaad ku mahadsan tahay iimaylkaaga. Waxaan ku darnay codsigaaga.\n\n{Details}\n\n{Contact}",
            $"((council)): waanu helnay fariintaada. {SmsEnd}"),
        [NotificationEvent.AccountConfirmEmail] = new(
            "Xaqiiji ciwaankaaga iimaylka",
            "Isticmaal xiriirkan si aad u xaqiijiso ciwaankaaga iimaylka:\n\n((link))\n\nHaddii aadan codsan, waxba ha samayn.\n\n((council))",
            "((council)): xaqiiji iimaylkaaga: ((link))"),
        [NotificationEvent.AccountResetPassword] = new(
            "Beddel furahaaga sirta ah",
            "Isticmaal xiriirkan si aad u doorato fure sir ah oo cusub:\n\n((link))\n\nHaddii aadan codsan, waxba ha samayn. Furahaaga sirta ah ma beddelmin.\n\n((council))",
            "((council)): beddel furahaaga sirta ah: ((link))"),
    };
}
