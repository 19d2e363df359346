using System.Net;
using FrontDoor.Web.Features.Webhooks;

namespace FrontDoor.Web.Tests.Features.Webhooks;

public sealed class TargetAddressTests
{
    [Theory]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://10.0.0.8/hook")]
    [InlineData("https://172.20.1.1/hook")]
    [InlineData("https://192.168.1.10/hook")]
    [InlineData("https://169.254.169.254/latest")]
    [InlineData("https://100.64.0.1/hook")]
    [InlineData("https://[fd00::1]/hook")]
    [InlineData("https://[::ffff:127.0.0.1]/hook")]
    [InlineData("https://localhost/hook")]
    [InlineData("https://crm.internal/hook")]
    [InlineData("https://printer/hook")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://user:secret@example.org/hook")]
    [InlineData("not a url")]
    public void Internal_and_non_web_addresses_are_refused(string url) =>
        Assert.NotNull(TargetAddress.RefuseUrl(url, allowPrivate: false));

    [Theory]
    [InlineData("https://example.org/hook")]
    [InlineData("https://93.184.216.34/hook")]
    [InlineData("http://images.example.org/photo.jpg")]
    public void Public_web_addresses_are_accepted(string url) =>
        Assert.Null(TargetAddress.RefuseUrl(url, allowPrivate: false));

    [Fact]
    public void Private_addresses_are_accepted_only_when_configuration_allows_them() =>
        Assert.Null(TargetAddress.RefuseUrl("http://127.0.0.1:9000/hook", allowPrivate: true));

    [Fact]
    public void A_signature_verifies_only_with_the_same_secret_body_and_recent_time()
    {
        var now = DateTimeOffset.UnixEpoch.AddSeconds(1_800_000_000);
        var header = WebhookSignature.Sign("whsec_a", now.ToUnixTimeSeconds(), "{\"x\":1}");

        Assert.True(WebhookSignature.Verify("whsec_a", header, "{\"x\":1}", now, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify("whsec_b", header, "{\"x\":1}", now, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify("whsec_a", header, "{\"x\":2}", now, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify("whsec_a", header, "{\"x\":1}", now.AddMinutes(10), TimeSpan.FromMinutes(5)));
        Assert.True(TargetAddress.IsPrivate(IPAddress.Parse("127.0.0.2")));
    }
}
