using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using FrontDoor.Web.Features.Webhooks;

namespace FrontDoor.Web.Tests.Features.Webhooks;

/// <summary>A webhook receiver on loopback that records what it gets; it can be told to fail.</summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener listener = new();

    public WebhookReceiver()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}/hook";
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        _ = Task.Run(Serve);
    }

    public string Url { get; }

    public int FailNext { get; set; }

    public ConcurrentQueue<(string Event, string Delivery, string Signature, string Body)> Received { get; } = new();

    private async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            if (FailNext > 0)
            {
                FailNext--;
                context.Response.StatusCode = 500;
            }
            else
            {
                Received.Enqueue((context.Request.Headers["X-FrontDoor-Event"]!, context.Request.Headers["X-FrontDoor-Delivery"]!,
                    context.Request.Headers[WebhookSignature.Header]!, body));
                context.Response.StatusCode = 204;
            }

            context.Response.Close();
        }
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
    }
}
