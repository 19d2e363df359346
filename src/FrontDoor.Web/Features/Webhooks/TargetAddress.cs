using System.Net;
using System.Net.Sockets;

namespace FrontDoor.Web.Features.Webhooks;

/// <summary>
/// Refuses addresses inside the council's own network, so that a URL given by a client (a webhook target, a media
/// URL) cannot be used to reach internal systems (server-side request forgery, OWASP ASVS 12.6). Checked when the URL
/// is given and again, for webhooks, on the address actually connected to, since DNS can change in between.
/// </summary>
public static class TargetAddress
{
    /// <summary>An absolute http(s) URL whose host is not obviously internal; DNS names are resolved later.</summary>
    public static string? RefuseUrl(string? text, bool allowPrivate, bool requireHttps = false)
    {
        if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri))
        {
            return "must be an absolute http or https URL";
        }

        if (uri.Scheme != Uri.UriSchemeHttps && (requireHttps || uri.Scheme != Uri.UriSchemeHttp))
        {
            return requireHttps ? "must be an https URL" : "must be an http or https URL";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "must not contain a user name or password";
        }

        if (allowPrivate)
        {
            return null;
        }

        if (IsInternalName(uri.IdnHost))
        {
            return "must not point at an internal host";
        }

        return IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var address) && IsPrivate(address)
            ? "must not point at a loopback, private or link-local address"
            : null;
    }

    /// <summary>localhost, single-label names and the suffixes reserved for internal use.</summary>
    public static bool IsInternalName(string host)
    {
        var name = host.TrimEnd('.').ToLowerInvariant();
        if (IPAddress.TryParse(name.Trim('[', ']'), out _))
        {
            return false;
        }

        return !name.Contains('.')
            || name == "localhost" || name.EndsWith(".localhost", StringComparison.Ordinal)
            || name.EndsWith(".local", StringComparison.Ordinal) || name.EndsWith(".internal", StringComparison.Ordinal)
            || name.EndsWith(".lan", StringComparison.Ordinal) || name.EndsWith(".home.arpa", StringComparison.Ordinal);
    }

    /// <summary>Loopback, private (RFC 1918, ULA), link-local, carrier-grade NAT, unspecified, multicast and the like.</summary>
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)
            || address.Equals(IPAddress.Broadcast) || address.Equals(IPAddress.IPv6None))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC // fc00::/7 unique local
                || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8); // 2001:db8::/32 documentation
        }

        var v4 = address.GetAddressBytes();
        return v4[0] switch
        {
            0 or 10 or 127 => true,
            100 => v4[1] >= 64 && v4[1] <= 127, // 100.64.0.0/10 carrier-grade NAT
            169 => v4[1] == 254, // link-local, including cloud metadata at 169.254.169.254
            172 => v4[1] >= 16 && v4[1] <= 31,
            192 => (v4[1] == 168) || (v4[1] == 0 && v4[2] is 0 or 2) || (v4[1] == 88 && v4[2] == 99),
            198 => v4[1] is 18 or 19 || (v4[1] == 51 && v4[2] == 100),
            203 => v4[1] == 0 && v4[2] == 113,
            >= 224 => true, // multicast and reserved
            _ => false,
        };
    }
}
