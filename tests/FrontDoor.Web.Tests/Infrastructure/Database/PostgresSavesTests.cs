using System.Data.Common;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace FrontDoor.Web.Tests.Infrastructure.Database;

/// <summary>
/// ADR 0007: on PostgreSQL a save that only adds rows is sent as one batch without BEGIN and COMMIT, and must still be
/// all or nothing; any other save keeps its transaction.
/// </summary>
public sealed class PostgresSavesTests() : HostTests(DatabaseProvider.Postgres)
{
    private readonly CountingTransactions transactions = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IInterceptor>(transactions);

    private static Council NewCouncil(string code) => new() { Code = code, Name = $"{code} council", NationCode = "england-and-wales" };

    [Fact]
    public async Task A_new_request_is_saved_without_an_explicit_transaction()
    {
        var submitted = await Host.InScope(sp => transactions.Watch(sp).GetRequiredService<SubmitRequest.Handler>().Handle(new SubmitRequest.Command
        {
            CouncilCode = "thameside",
            ServiceCode = "missed-bin",
            Channel = Channel.Web,
            Address = "12 High Street",
            Answers = new Dictionary<string, string?[]> { ["bin-type"] = ["general"], ["collection-date"] = ["2026-11-20"], ["bin-out"] = ["yes"] },
        }));

        Assert.True(submitted.Succeeded, submitted.Error?.Message);
        Assert.Equal(0, transactions.Started);
    }

    [Fact]
    public async Task A_save_that_only_adds_rows_stores_none_of_them_when_one_fails()
    {
        var ex = await Assert.ThrowsAsync<DbUpdateException>(() => Host.InScope(async sp =>
        {
            var db = FrontDoorHost.Db(transactions.Watch(sp));
            db.AddRange(NewCouncil("alpha"), NewCouncil("beta"), NewCouncil("alpha"));
            await db.SaveChangesAsync();
        }));

        Assert.True(await Host.InScope(sp => Task.FromResult(FrontDoorHost.Db(sp).IsUniqueViolation<Council>(ex, nameof(Council.Code)))));
        Assert.Equal(0, transactions.Started);
        var codes = await Host.InScope(sp => FrontDoorHost.Db(sp).Set<Council>().Select(c => c.Code).ToListAsync());
        Assert.Equal(["thameside"], codes);
    }

    [Fact]
    public async Task A_save_that_changes_a_row_keeps_its_transaction()
    {
        await Host.InScope(async sp =>
        {
            var db = FrontDoorHost.Db(transactions.Watch(sp));
            var council = await db.Set<Council>().SingleAsync();
            council.OpeningHours = $"Changed at {Guid.NewGuid()}";
            db.Add(NewCouncil("gamma"));
            await db.SaveChangesAsync();
        });

        Assert.Equal(1, transactions.Started);
    }

    [Fact]
    public void The_connection_string_prepares_statements_and_skips_the_reset_unless_the_operator_says_otherwise()
    {
        var defaults = new NpgsqlConnectionStringBuilder(DatabaseRegistration.PostgresConnectionString("Host=db;Database=frontdoor"));
        var chosen = new NpgsqlConnectionStringBuilder(DatabaseRegistration.PostgresConnectionString(
            "Host=db;Database=frontdoor;Max Auto Prepare=0;No Reset On Close=false"));

        Assert.Equal((64, true), (defaults.MaxAutoPrepare, defaults.NoResetOnClose));
        Assert.Equal(("db", "frontdoor"), (defaults.Host, defaults.Database));
        Assert.Equal((0, false), (chosen.MaxAutoPrepare, chosen.NoResetOnClose));
    }

    /// <summary>Counts the transactions begun by one test's database context (the background loops have their own).</summary>
    private sealed class CountingTransactions : DbTransactionInterceptor
    {
        private DbContext? watched;

        public int Started { get; private set; }

        public IServiceProvider Watch(IServiceProvider scope)
        {
            watched = FrontDoorHost.Db(scope);
            Started = 0;
            return scope;
        }

        public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
        {
            Count(eventData.Context);
            return result;
        }

        public override ValueTask<DbTransaction> TransactionStartedAsync(
            DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
        {
            Count(eventData.Context);
            return ValueTask.FromResult(result);
        }

        private void Count(DbContext? context)
        {
            if (context is not null && ReferenceEquals(context, watched))
            {
                Started++;
            }
        }
    }
}
