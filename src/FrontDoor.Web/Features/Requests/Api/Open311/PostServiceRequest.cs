using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FrontDoor.Domain.Results;
using FrontDoor.Web.Features.ApiClients;
using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Webhooks;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Requests.Api.Open311;

/// <summary>
/// POST requests: reads the GeoReport v2 form, checks what only Open311 has (key, location, coordinates, media_url,
/// attribute syntax), and hands the rest to <see cref="SubmitRequest"/> so answers are checked exactly as on every
/// other channel. The request and its <see cref="ApiSubmission"/> are saved in one save (<see cref="ApiSubmissionStamp"/>); a retry (same
/// Idempotency-Key, or same client and payload within <see cref="ApiSubmission.RetryWindow"/>) gets the same request.
/// </summary>
public static class PostServiceRequest
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public sealed class Handler(
        FrontDoorDb db,
        Jurisdictions jurisdictions,
        ApiClientDirectory directory,
        ApiRateLimits limits,
        ServiceDirectory services,
        SubmitRequest.Handler submit,
        TimeProvider time)
    {
        public async Task<IResult> Handle(string format, HttpContext http, CancellationToken cancellationToken)
        {
            if (Open311Http.FormatOf(format) is not { } f)
            {
                return Open311Http.BadFormat(format);
            }

            var form = await Open311Http.Form(http, cancellationToken);
            if (!form.Succeeded)
            {
                return Open311Http.Error(f, 400, form.Error!.Message);
            }

            var input = form.Value;
            var council = await Open311Http.Council(input, jurisdictions, db, cancellationToken);
            if (!council.Succeeded)
            {
                return Open311Http.Failure(f, council.Error!);
            }

            var client = await Open311Http.Client(http, input, council.Value, directory, db, cancellationToken);
            if (client is null)
            {
                return Open311Http.Error(f, 403, input.Get("api_key") is null && !http.Request.Headers.ContainsKey("X-Api-Key")
                    ? "api_key was not provided -- can't proceed with create_request."
                    : "Invalid api_key received -- can't proceed with create_request.");
            }

            if (!limits.TryTake(client))
            {
                return Open311Http.TooMany(f, http);
            }

            var idempotencyKey = http.Request.Headers[IdempotencyHeader].FirstOrDefault()?.Trim();
            if (idempotencyKey is { Length: 0 or > 200 })
            {
                return Open311Http.Error(f, 400, "The Idempotency-Key header must be 1 to 200 characters");
            }

            var hash = PayloadHash(input, idempotencyKey);
            var earlier = await FindEarlier(client, idempotencyKey, hash, cancellationToken);
            if (earlier is not null)
            {
                return earlier.PayloadHash == hash
                    ? await Created(f, earlier.RequestReference, earlier.ServiceId, council.Value, cancellationToken)
                    : Open311Http.Error(f, 400, "This Idempotency-Key was already used for a different request");
            }

            var command = await Command(input, council.Value, client, cancellationToken);
            if (!command.Succeeded)
            {
                return Open311Http.Failure(f, command.Error!);
            }

            return await Save(f, command.Value, client, council.Value, idempotencyKey, hash, cancellationToken);
        }

        private async Task<IResult> Save(string f, (SubmitRequest.Command Submit, ServiceFacts Service, string? MediaUrl, string? AddressId) command,
            CallingClient client, Guid councilId, string? idempotencyKey, string hash, CancellationToken cancellationToken)
        {
            var now = time.GetUtcNow().UtcDateTime;
            ApiSubmissionStamp.Expect(db, request => new ApiSubmission
            {
                CouncilId = councilId,
                RequestId = request.Id,
                RequestReference = request.Reference,
                ServiceId = command.Service.Id,
                ApiClientId = client.Id,
                IdempotencyKey = idempotencyKey,
                PayloadHash = hash,
                WindowSlot = ApiSubmission.SlotOf(now),
                MediaUrl = command.MediaUrl,
                AddressId = command.AddressId,
                CreatedUtc = now,
            });
            Result<SubmitRequest.Submitted> submitted;
            try
            {
                submitted = await submit.Handle(command.Submit, cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same submission was stored by a simultaneous copy of this call (the unique index on client and
                // Idempotency-Key, or client, payload and window, refused this one): give back that one.
                db.ChangeTracker.Clear();
                var winner = await FindEarlier(client, idempotencyKey, hash, cancellationToken);
                if (winner is null)
                {
                    throw;
                }

                return await Created(f, winner.RequestReference, winner.ServiceId, councilId, cancellationToken);
            }
            finally
            {
                ApiSubmissionStamp.Cancel(db);
            }

            if (!submitted.Succeeded)
            {
                return Open311Http.Failure(f, Reworded(submitted.Error!));
            }

            return Response(f, submitted.Value.Reference, command.Service.WhatHappensNext);
        }

        private async Task<Result<(SubmitRequest.Command, ServiceFacts, string?, string?)>> Command(
            Open311Input input, Guid councilId, CallingClient client, CancellationToken cancellationToken)
        {
            var code = input.Get("service_code");
            if (code is null)
            {
                return Result<(SubmitRequest.Command, ServiceFacts, string?, string?)>.Failure("service_code was not provided");
            }

            var service = await services.FindByCode(db, councilId, code.Trim(), cancellationToken);
            if (service is null || !service.Active)
            {
                return Error.NotFound($"service_code '{Open311Http.Shorten(code)}' was not found");
            }

            var location = Open311Location.Read(input);
            if (!location.Succeeded)
            {
                return location.Error!;
            }

            var media = input.Get("media_url")?.Trim();
            var refused = media is null ? null
                : media.Length > 2000 ? "must be 2,000 characters or fewer"
                : TargetAddress.RefuseUrl(media, allowPrivate: false);
            if (refused is not null)
            {
                return Result<(SubmitRequest.Command, ServiceFacts, string?, string?)>.Failure($"media_url {refused}");
            }

            var person = Reporter(input);
            if (!person.Succeeded)
            {
                return person.Error!;
            }

            var answers = Attributes(input, service);
            if (!answers.Succeeded)
            {
                return answers.Error!;
            }

            var (latitude, longitude, address, addressId) = location.Value;
            var submit = new SubmitRequest.Command
            {
                CouncilCode = "",
                ServiceCode = service.Code,
                Channel = Channel.Api,
                Description = input.Get("description"),
                Answers = answers.Value,
                Latitude = latitude,
                Longitude = longitude,
                // FrontDoor has no address gazetteer yet: an address_id on its own is kept and shown as the location.
                Address = address ?? (addressId is null ? null : $"Address ID {addressId}"),
                ReporterName = person.Value.Name,
                ReporterEmail = person.Value.Email,
                ReporterPhone = person.Value.Phone,
                Actor = Actor.Api(client.Id, client.Name),
                SourceClient = client.Name,
            };
            var council = await jurisdictions.CodeOf(db, councilId, cancellationToken);
            return (submit with { CouncilCode = council }, service, media, addressId);
        }

        /// <summary>attribute[code]=value and attribute[code][]=value, as the question codes' answers.</summary>
        private static Result<Dictionary<string, string?[]>> Attributes(Open311Input input, ServiceFacts service)
        {
            var answers = new Dictionary<string, List<string?>>();
            foreach (var (key, value) in input.Fields.Where(f => f.Key.StartsWith("attribute", StringComparison.Ordinal)))
            {
                var code = AttributeCode(key);
                if (code is null)
                {
                    return Result<Dictionary<string, string?[]>>.Failure($"'{Open311Http.Shorten(key)}' is not an attribute: use attribute[code]=value");
                }

                if (!service.QuestionTypes.TryGetValue(code, out var type))
                {
                    return Result<Dictionary<string, string?[]>>.Failure($"attribute[{Open311Http.Shorten(code)}] is not an attribute of service_code '{service.Code}'");
                }

                var values = answers.TryGetValue(code, out var list) ? list : answers[code] = [];
                switch (type)
                {
                    case QuestionType.Date when !string.IsNullOrWhiteSpace(value):
                        var instant = W3cDateTime.ParseUtc(value);
                        if (instant is null)
                        {
                            return Result<Dictionary<string, string?[]>>.Failure(
                                $"attribute[{code}] must be a date (YYYY-MM-DD) or a W3C date-time with a time zone", code);
                        }

                        values.Add(FrontDoor.Domain.Calendar.LondonTime.DateOf(instant.Value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        break;
                    case QuestionType.MultipleChoice:
                        values.AddRange(value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                        break;
                    default:
                        values.Add(value);
                        break;
                }
            }

            return answers.ToDictionary(a => a.Key, a => a.Value.ToArray());
        }

        private static string? AttributeCode(string key)
        {
            if (!key.StartsWith("attribute[", StringComparison.Ordinal))
            {
                return null;
            }

            var close = key.IndexOf(']');
            var rest = close < 0 ? null : key[(close + 1)..];
            return close > "attribute[".Length && rest is "" or "[]" ? key["attribute[".Length..close] : null;
        }

        private static Result<(string? Name, string? Email, string? Phone)> Reporter(Open311Input input)
        {
            var first = input.Get("first_name")?.Trim();
            var last = input.Get("last_name")?.Trim();
            var email = input.Get("email")?.Trim();
            var phone = input.Get("phone")?.Trim();
            if ((first?.Length ?? 0) + (last?.Length ?? 0) > 200)
            {
                return Result<(string?, string?, string?)>.Failure("first_name and last_name must be 200 characters or fewer together");
            }

            if (email is not null && (email.Length > 254 || !email.Contains('@') || email.Any(char.IsWhiteSpace)))
            {
                return Result<(string?, string?, string?)>.Failure("email must be an email address, like name@example.com");
            }

            if (phone is not null && (phone.Length > 40 || !phone.Any(char.IsAsciiDigit)))
            {
                return Result<(string?, string?, string?)>.Failure("phone must be a telephone number");
            }

            var name = string.Join(" ", new[] { first, last }.Where(n => !string.IsNullOrEmpty(n)));
            return (name.Length == 0 ? null : name, email, phone);
        }

        /// <summary>Names the Open311 field in SubmitRequest's message (its fields are question codes and our own names).</summary>
        private static Error Reworded(Error error) => error.Field switch
        {
            null => error,
            _ when error.IsNotFound => error,
            "description" => error with { Message = $"description: {error.Message}" },
            "location" => error with { Message = $"lat and long, address_string or address_id: {error.Message}" },
            var field => error with { Message = $"attribute[{field}]: {error.Message}" },
        };

        private async Task<ApiSubmission?> FindEarlier(CallingClient client, string? idempotencyKey, string hash, CancellationToken cancellationToken)
        {
            var submissions = db.Set<ApiSubmission>().AsNoTracking().Where(s => s.ApiClientId == client.Id);
            if (idempotencyKey is not null)
            {
                return await submissions.FirstOrDefaultAsync(s => s.IdempotencyKey == idempotencyKey, cancellationToken);
            }

            var since = time.GetUtcNow().UtcDateTime - ApiSubmission.RetryWindow;
            var slots = new[] { ApiSubmission.SlotOf(since), ApiSubmission.SlotOf(since) + 1 };
            return await submissions
                .Where(s => s.PayloadHash == hash && slots.Contains(s.WindowSlot) && s.CreatedUtc >= since)
                .OrderByDescending(s => s.CreatedUtc)
                .FirstOrDefaultAsync(cancellationToken);
        }

        private async Task<IResult> Created(string format, string reference, Guid serviceId, Guid councilId, CancellationToken cancellationToken)
        {
            var service = await services.Find(db, councilId, serviceId, cancellationToken);
            return Response(format, reference, service?.WhatHappensNext);
        }

        private static IResult Response(string format, string reference, string? notice) =>
            Open311Http.Document(format, "service_requests", new Items("request",
            [
                Fields.Of(
                    ("service_request_id", new Text(reference)),
                    ("service_notice", new Text(string.IsNullOrWhiteSpace(notice) ? null : notice)),
                    ("account_id", new Text(null))),
            ]));

        /// <summary>
        /// What identifies a retry: every field in the order sent, except the api_key (a client may rotate its key
        /// between attempts), and the Idempotency-Key when there is one.
        /// </summary>
        private static string PayloadHash(Open311Input input, string? idempotencyKey)
        {
            var text = new StringBuilder(idempotencyKey ?? "");
            foreach (var (key, value) in input.Fields.Where(f => f.Key != "api_key"))
            {
                text.Append('\u001F').Append(key).Append('\u001E').Append(value);
            }

            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        }
    }
}
