using System.Data.Common;
using System.Net;
using FrontDoor.Web.Tests.Features.Requests.Api;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FrontDoor.Web.Tests.Infrastructure.Web;

/// <summary>
/// What people and programs see when something fails that no one planned for (here: every database command, once the
/// host has started). The handling does not depend on the database, so this runs on SQLite only.
/// </summary>
public sealed class UnexpectedFailureTests() : HostTests(DatabaseProvider.Sqlite)
{
    private readonly FailingCommands failingCommands = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IInterceptor>(failingCommands);

    [Theory]
    [InlineData("xml")]
    [InlineData("json")]
    public async Task An_Open311_client_gets_a_500_in_Open311s_error_shape_and_format(string format)
    {
        var client = Host.CreateClient();
        failingCommands.Armed = true;

        var response = await client.GetAsync($"{Open311Kit.Endpoint}/services.{format}");

        string description;
        if (format == "xml")
        {
            description = await Open311Kit.Error(response, HttpStatusCode.InternalServerError);
        }
        else
        {
            var error = (await Open311Kit.Json(response, HttpStatusCode.InternalServerError))[0];
            Assert.Equal("500", error.GetProperty("code").ToString());
            description = error.GetProperty("description").GetString()!;
        }

        Assert.Contains("Something went wrong on our side", description);
        Assert.Contains("trace id", description);
    }

    [Fact]
    public async Task A_JSON_API_client_gets_a_500_problem()
    {
        var client = Host.CreateClient();
        failingCommands.Armed = true;

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/requests");
        request.Headers.Add("X-Api-Key", "fd_some-key-that-must-be-looked-up");
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("trace id", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_resident_whose_form_fails_sees_the_error_page_not_an_empty_400()
    {
        var resident = new ResidentClient(Host.CreateClient());
        var page = await resident.Get("/services/missed-bin/start");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        failingCommands.Armed = true;

        var response = await resident.PostWithToken(resident.LastUrl!.PathAndQuery, [("bin-type", "general")]);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Sorry, there is a problem with the service", resident.Title);
    }

    /// <summary>Throws on every command once armed, as a database that has gone away would.</summary>
    private sealed class FailingCommands : DbCommandInterceptor
    {
        public volatile bool Armed;

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            Armed ? throw new InvalidOperationException("The database is unreachable (test)") : base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
            Armed ? throw new InvalidOperationException("The database is unreachable (test)") : base.ScalarExecutingAsync(command, eventData, result, cancellationToken);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            Armed ? throw new InvalidOperationException("The database is unreachable (test)") : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
            Armed ? throw new InvalidOperationException("The database is unreachable (test)") : base.ReaderExecuting(command, eventData, result);
    }
}
