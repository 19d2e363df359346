using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Open311 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApiClients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    KeyPrefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RequestsPerMinute = table.Column<int>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    IssuedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiClients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ApiSubmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestReference = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApiClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PayloadHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WindowSlot = table.Column<long>(type: "INTEGER", nullable: false),
                    MediaUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AddressId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiSubmissions_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WebhookDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubscriptionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Event = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClaimToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    DeliveredUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    GaveUpUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookDeliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WebhookSubscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApiClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Secret = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Events = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CancelledUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookSubscriptions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApiClients_CouncilId_Name",
                table: "ApiClients",
                columns: new[] { "CouncilId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_ApiClients_KeyHash",
                table: "ApiClients",
                column: "KeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiSubmissions_ApiClientId_IdempotencyKey",
                table: "ApiSubmissions",
                columns: new[] { "ApiClientId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiSubmissions_ApiClientId_PayloadHash_WindowSlot",
                table: "ApiSubmissions",
                columns: new[] { "ApiClientId", "PayloadHash", "WindowSlot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiSubmissions_CouncilId_IdempotencyKey",
                table: "ApiSubmissions",
                columns: new[] { "CouncilId", "IdempotencyKey" });

            migrationBuilder.CreateIndex(
                name: "IX_ApiSubmissions_RequestId",
                table: "ApiSubmissions",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_DeliveredUtc_GaveUpUtc_NextAttemptUtc",
                table: "WebhookDeliveries",
                columns: new[] { "DeliveredUtc", "GaveUpUtc", "NextAttemptUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_SubscriptionId",
                table: "WebhookDeliveries",
                column: "SubscriptionId");

            migrationBuilder.CreateIndex(
                name: "IX_WebhookSubscriptions_ApiClientId",
                table: "WebhookSubscriptions",
                column: "ApiClientId");

            migrationBuilder.CreateIndex(
                name: "IX_WebhookSubscriptions_CouncilId_CancelledUtc",
                table: "WebhookSubscriptions",
                columns: new[] { "CouncilId", "CancelledUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiClients");

            migrationBuilder.DropTable(
                name: "ApiSubmissions");

            migrationBuilder.DropTable(
                name: "WebhookDeliveries");

            migrationBuilder.DropTable(
                name: "WebhookSubscriptions");
        }
    }
}
