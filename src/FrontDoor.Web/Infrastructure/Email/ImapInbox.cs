using FrontDoor.Web.Features.Notifications.Inbound;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;

namespace FrontDoor.Web.Infrastructure.Email;

/// <summary>
/// Reads the shared mailbox over IMAP: every unseen email is ingested (in its own scope and transaction) and then
/// marked seen, or moved to Email:Imap:ProcessedFolder. An email is marked only after it is saved, and ingesting is
/// idempotent by Message-ID, so a crash in between reads it again without a second request or reply.
/// </summary>
public sealed class ImapInbox(EmailOptions options, IServiceScopeFactory scopes, ILogger<ImapInbox> log)
{
    public async Task<int> ReadNewAsync(CancellationToken cancellationToken = default)
    {
        var imap = options.Imap;
        using var client = new ImapClient { Timeout = 60_000 };
        await client.ConnectAsync(imap.Host, imap.Port, SmtpEmailSender.TlsMode(imap.TlsMode), cancellationToken);
        await client.AuthenticateAsync(imap.Username, imap.Password, cancellationToken);
        var folder = await client.GetFolderAsync(imap.Folder, cancellationToken);
        await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        var processed = string.IsNullOrEmpty(imap.ProcessedFolder) ? null : await client.GetFolderAsync(imap.ProcessedFolder, cancellationToken);
        var read = 0;
        foreach (var uid in await folder.SearchAsync(SearchQuery.NotSeen, cancellationToken))
        {
            var message = await folder.GetMessageAsync(uid, cancellationToken);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var ingested = await scope.ServiceProvider.GetRequiredService<IngestInboundEmail>().Handle(message, cancellationToken);
                log.LogInformation("Inbound email {Id}: {Kind}", ingested.Id, ingested.Kind);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Left unseen, to be tried at the next poll; one email that cannot be read must not stop the others.
                log.LogError("Inbound email {Uid} could not be ingested ({Error})", uid.Id, ex.GetType().Name);
                continue;
            }

            await folder.AddFlagsAsync(uid, MessageFlags.Seen, true, cancellationToken);
            if (processed is not null)
            {
                await folder.MoveToAsync(uid, processed, cancellationToken);
            }

            read++;
        }

        await client.DisconnectAsync(true, cancellationToken);
        return read;
    }
}

/// <summary>Reads the mailbox every Email:Imap:PollSeconds while Email:Imap:Host is set.</summary>
public sealed class ImapInboxLoop(ImapInbox inbox, EmailOptions options, ILogger<ImapInboxLoop> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await inbox.ReadNewAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The exception type only: IMAP errors can quote addresses.
                log.LogError("Reading the shared mailbox failed ({Error}); trying again at the next poll", ex.GetType().Name);
            }

            await Task.Delay(TimeSpan.FromSeconds(options.Imap.PollSeconds), stoppingToken);
        }
    }
}
