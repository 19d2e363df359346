using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <summary>
    /// A partial index over open requests only, in the team queue's order (docs/staff.md, "The queue's index"). Written
    /// in SQL because EF Core cannot index columns of an owned type (the resolve clock's due date) together with the
    /// owner's; so the model does not know it, and <c>MigrationsTests</c> checks it is still there after every migration
    /// (a SQLite table rebuild in a later migration would drop it).
    /// </summary>
    public partial class AddOpenQueueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Requests_OpenQueue"
                ON "Requests" ("CouncilId", "TeamId", "ResolveClock_DueDate", "CreatedUtc", "Status", "OfficerId")
                WHERE "Status" <> 'closed';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Requests_OpenQueue";""");
        }
    }
}
