using System.Diagnostics;
using MimeKit;

namespace FrontDoor.Web.Tests.Infrastructure.Email;

/// <summary>
/// A real IMAP server (Debian's dovecot-imapd) on loopback for one test class: its own config, passwd file and
/// Maildir in a temp folder, no TLS, one mailbox user. Emails are delivered by writing them into Maildir/new.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class Dovecot : IAsyncDisposable
{
    public const string User = "council";
    public const string Password = "imap-test-password";
    private readonly string folder;
    private readonly Process process;
    private int delivered;

    private Dovecot(string folder, int port, Process process)
    {
        this.folder = folder;
        Port = port;
        this.process = process;
    }

    public int Port { get; }

    public static async Task<Dovecot> Start()
    {
        var folder = Directory.CreateTempSubdirectory("frontdoor-imap-").FullName;
        var mail = Path.Combine(folder, "mail");
        foreach (var sub in new[] { "new", "cur", "tmp" })
        {
            Directory.CreateDirectory(Path.Combine(mail, "Maildir", sub));
        }

        Directory.CreateDirectory(Path.Combine(folder, "run"));
        Directory.CreateDirectory(Path.Combine(folder, "state"));

        // Dovecot refuses to serve mail as root: the mailbox belongs to the dovecot system user, and the test (root)
        // leaves the Maildir open to it.
        var (uid, gid) = (await Id("-u"), await Id("-g"));
        await File.WriteAllTextAsync(Path.Combine(folder, "passwd"), $"{User}:{{PLAIN}}{Password}:{uid}:{gid}::{mail}\n");
        var port = SmtpSink.FreePort();
        var config = Path.Combine(folder, "dovecot.conf");
        await File.WriteAllTextAsync(config, $$"""
            base_dir = {{folder}}/run
            state_dir = {{folder}}/state
            listen = 127.0.0.1
            protocols = imap
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            default_internal_user = dovecot
            default_login_user = dovenull
            first_valid_uid = 1
            mail_location = maildir:{{mail}}/Maildir
            log_path = {{folder}}/dovecot.log
            passdb {
              driver = passwd-file
              args = scheme=PLAIN {{folder}}/passwd
            }
            userdb {
              driver = passwd-file
              args = {{folder}}/passwd
            }
            service imap-login {
              chroot =
              inet_listener imap {
                address = 127.0.0.1
                port = {{port}}
              }
              inet_listener imaps {
                port = 0
              }
            }
            service anvil {
              chroot =
            }
            """);
        OpenUp(folder);
        var process = Process.Start(new ProcessStartInfo("/usr/sbin/dovecot", ["-F", "-c", config])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("dovecot (apt-get install dovecot-imapd) is needed");
        var dovecot = new Dovecot(folder, port, process);
        await dovecot.WaitUntilListening();
        return dovecot;
    }

    public Dictionary<string, string?> Settings() => new()
    {
        ["Email:Imap:Host"] = "127.0.0.1",
        ["Email:Imap:Port"] = Port.ToString(),
        ["Email:Imap:TlsMode"] = "None",
        ["Email:Imap:Username"] = User,
        ["Email:Imap:Password"] = Password,
        ["Email:Imap:Folder"] = "INBOX",
        ["Email:Imap:PollInBackground"] = "false",
    };

    /// <summary>Puts an email in the mailbox as a mail server would: a new file in Maildir/new.</summary>
    public async Task Deliver(MimeMessage message)
    {
        var name = $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}.{Environment.ProcessId}_{Interlocked.Increment(ref delivered)}.frontdoor-test";
        var tmp = Path.Combine(folder, "mail", "Maildir", "tmp", name);
        await message.WriteToAsync(tmp);
        File.SetUnixFileMode(tmp, (UnixFileMode)0b110_110_110);
        File.Move(tmp, Path.Combine(folder, "mail", "Maildir", "new", name));
    }

    private static void OpenUp(string root)
    {
        const UnixFileMode all = (UnixFileMode)0b111_111_111;
        File.SetUnixFileMode(root, all);
        foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(dir, all);
        }
    }

    private async Task WaitUntilListening()
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var tcp = new System.Net.Sockets.TcpClient();
                await tcp.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (System.Net.Sockets.SocketException)
            {
                if (process.HasExited)
                {
                    break;
                }

                await Task.Delay(100);
            }
        }

        var log = Path.Combine(folder, "dovecot.log");
        throw new InvalidOperationException($"dovecot did not start: {await process.StandardError.ReadToEndAsync()} {(File.Exists(log) ? await File.ReadAllTextAsync(log) : "")}");
    }

    private static async Task<string> Id(string flag)
    {
        using var id = Process.Start(new ProcessStartInfo("id", [flag, "dovecot"]) { RedirectStandardOutput = true })!;
        var value = (await id.StandardOutput.ReadToEndAsync()).Trim();
        await id.WaitForExitAsync();
        return value;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(folder, true);
    }
}
