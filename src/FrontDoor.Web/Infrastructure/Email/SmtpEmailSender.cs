using System.Collections.Concurrent;
using System.Net.Sockets;
using FrontDoor.Web.Features.Notifications;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace FrontDoor.Web.Infrastructure.Email;

/// <summary>
/// Sends email through an SMTP server with MailKit, keeping a few connections open. Every email carries a Message-ID
/// made from the outbox message id (the same on every retry, so a mail system or the resident's mail program can see a
/// repeat for what it is) and an <c>Auto-Submitted</c> header so that out-of-office replies are not sent back.
/// </summary>
public sealed class SmtpEmailSender(SmtpOptions options) : IMessageSender, IDisposable
{
    private readonly ConcurrentBag<SmtpClient> idle = [];

    public string Provider => "smtp";

    public bool Handles(string channel) => channel == MessageChannel.Email;

    public async Task<SendOutcome> Send(OutboxMessage message, bool mayHaveBeenSent, CancellationToken cancellationToken)
    {
        var mime = EmailMessages.ToMime(message, options.From, options.ReplyTo);
        SmtpClient? client = null;
        try
        {
            client = await Rent(cancellationToken);
            var reply = await client.SendAsync(mime, cancellationToken);
            idle.Add(client);
            client = null;
            return SendOutcome.Sent(mime.MessageId, Clean(reply));
        }
        catch (SmtpCommandException ex)
        {
            // 5xx about the recipient or the message will not change by retrying; 4xx (mailbox busy, greylisting) will.
            var code = (int)ex.StatusCode;
            var detail = $"The email server refused it ({code}, {ex.ErrorCode})";
            return code >= 500 && ex.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted
                ? SendOutcome.Failed(detail)
                : SendOutcome.Retry(detail);
        }
        catch (Exception ex) when (ex is SocketException or IOException or SmtpProtocolException or ServiceNotConnectedException
            or AuthenticationException or SslHandshakeException or TimeoutException)
        {
            return SendOutcome.Retry($"The email server could not be reached ({ex.GetType().Name})");
        }
        finally
        {
            client?.Dispose();
        }
    }

    private async Task<SmtpClient> Rent(CancellationToken cancellationToken)
    {
        while (idle.TryTake(out var pooled))
        {
            if (pooled.IsConnected)
            {
                return pooled;
            }

            pooled.Dispose();
        }

        var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(options.TimeoutSeconds).TotalMilliseconds };
        try
        {
            await client.ConnectAsync(options.Host, options.Port, TlsMode(options.TlsMode), cancellationToken);
            if (!string.IsNullOrEmpty(options.Username))
            {
                await client.AuthenticateAsync(options.Username, options.Password ?? "", cancellationToken);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public static SecureSocketOptions TlsMode(string mode) => mode.ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "sslonconnect" => SecureSocketOptions.SslOnConnect,
        "starttls" => SecureSocketOptions.StartTls,
        _ => throw new InvalidOperationException($"TlsMode is '{mode}'. Set it to None, StartTls or SslOnConnect."),
    };

    private static string Clean(string reply) => reply.Length > 200 ? reply[..200] : reply;

    public void Dispose()
    {
        while (idle.TryTake(out var client))
        {
            client.Dispose();
        }
    }
}
