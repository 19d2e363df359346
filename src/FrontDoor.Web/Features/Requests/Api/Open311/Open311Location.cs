using System.Globalization;
using FrontDoor.Domain.Results;

namespace FrontDoor.Web.Features.Requests.Api.Open311;

/// <summary>
/// GeoReport v2 location: lat and long together (WGS84, a full stop for the decimal point), or address_string, or
/// address_id. At least one is required.
/// </summary>
public static class Open311Location
{
    public static Result<(double? Latitude, double? Longitude, string? Address, string? AddressId)> Read(Open311Input input)
    {
        var lat = input.Get("lat");
        var lon = input.Get("long");
        var address = input.Get("address_string")?.Trim();
        var addressId = input.Get("address_id")?.Trim();
        if ((lat is null) != (lon is null))
        {
            return Result<(double?, double?, string?, string?)>.Failure("lat and long must be sent together");
        }

        double? latitude = null, longitude = null;
        if (lat is not null)
        {
            latitude = Coordinate(lat, 90);
            longitude = Coordinate(lon!, 180);
            if (latitude is null)
            {
                return Result<(double?, double?, string?, string?)>.Failure("lat must be a number from -90 to 90, with a full stop for the decimal point");
            }

            if (longitude is null)
            {
                return Result<(double?, double?, string?, string?)>.Failure("long must be a number from -180 to 180, with a full stop for the decimal point");
            }
        }

        if (latitude is null && address is null && addressId is null)
        {
            return Result<(double?, double?, string?, string?)>.Failure("A location is required: lat and long, address_string or address_id");
        }

        if (address is { Length: > 500 })
        {
            return Result<(double?, double?, string?, string?)>.Failure("address_string must be 500 characters or fewer");
        }

        if (addressId is { Length: > 100 })
        {
            return Result<(double?, double?, string?, string?)>.Failure("address_id must be 100 characters or fewer");
        }

        return (latitude, longitude, address, addressId);
    }

    /// <summary>Plain decimal numbers only: no decimal comma, no NaN or Infinity, no exponent, within ±<paramref name="limit"/>.</summary>
    private static double? Coordinate(string text, double limit) =>
        double.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
        && double.IsFinite(value) && Math.Abs(value) <= limit
            ? value
            : null;
}
