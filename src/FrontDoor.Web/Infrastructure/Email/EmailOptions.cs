namespace FrontDoor.Web.Infrastructure.Email;

/// <summary>Configuration section <c>Email</c> (documented in docs/notifications.md).</summary>
public sealed class EmailOptions
{
    /// <summary>Smtp, Notify or Pickup (the default: .eml files in <see cref="PickupFolder"/>, for trying FrontDoor out).</summary>
    public string Provider { get; set; } = "Pickup";

    public string PickupFolder { get; set; } = "data/mail";

    public SmtpOptions Smtp { get; set; } = new();

    public ImapOptions Imap { get; set; } = new();
}

/// <summary><c>Email:Smtp</c>.</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    /// <summary>None, StartTls (the default) or SslOnConnect.</summary>
    public string TlsMode { get; set; } = "StartTls";

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>Thameside Council &lt;noreply@thameside.gov.uk&gt;</c>.</summary>
    public string From { get; set; } = "FrontDoor <noreply@frontdoor.invalid>";

    /// <summary>Where replies go: the shared mailbox FrontDoor reads (Email:Imap), so replies land on the request.</summary>
    public string? ReplyTo { get; set; }

    /// <summary>Connections kept open for reuse; each dispatcher thread uses one at a time.</summary>
    public int PoolSize { get; set; } = 4;

    public double TimeoutSeconds { get; set; } = 30;
}

/// <summary><c>Email:Imap</c>: the shared mailbox residents write to.</summary>
public sealed class ImapOptions
{
    /// <summary>Empty turns inbound email off.</summary>
    public string Host { get; set; } = "";

    public int Port { get; set; } = 993;

    /// <summary>None, StartTls or SslOnConnect (the default).</summary>
    public string TlsMode { get; set; } = "SslOnConnect";

    public string Username { get; set; } = "";

    public string Password { get; set; } = "";

    public string Folder { get; set; } = "INBOX";

    /// <summary>Where read messages are moved; empty leaves them in the folder, marked as seen.</summary>
    public string? ProcessedFolder { get; set; }

    public double PollSeconds { get; set; } = 60;

    public bool Enabled => Host.Length > 0;
}
