using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FrontDoor.Web.Infrastructure.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StaffWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchAddress",
                table: "Customer",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchEmail",
                table: "Customer",
                type: "character varying(320)",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchFirstName",
                table: "Customer",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchLastName",
                table: "Customer",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchLastNameSound",
                table: "Customer",
                type: "character varying(4)",
                maxLength: 4,
                nullable: true,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchPostcode",
                table: "Customer",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditLog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: true),
                    StaffName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    IpAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Contact",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Who = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: true),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PassedToTeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    SignpostedTo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DemandType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FailureReason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contact", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ResponseTemplate",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResponseTemplate", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffAccounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffAccounts_StaffMember_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffClaims_StaffAccounts_UserId",
                        column: x => x.UserId,
                        principalTable: "StaffAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ProviderKey = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_StaffLogins_StaffAccounts_UserId",
                        column: x => x.UserId,
                        principalTable: "StaffAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_StaffTokens_StaffAccounts_UserId",
                        column: x => x.UserId,
                        principalTable: "StaffAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Customer_CouncilId_SearchAddress",
                table: "Customer",
                columns: new[] { "CouncilId", "SearchAddress" });

            migrationBuilder.CreateIndex(
                name: "IX_Customer_CouncilId_SearchEmail",
                table: "Customer",
                columns: new[] { "CouncilId", "SearchEmail" });

            migrationBuilder.CreateIndex(
                name: "IX_Customer_CouncilId_SearchFirstName",
                table: "Customer",
                columns: new[] { "CouncilId", "SearchFirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_Customer_CouncilId_SearchLastName_SearchFirstName",
                table: "Customer",
                columns: new[] { "CouncilId", "SearchLastName", "SearchFirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_Customer_CouncilId_SearchLastNameSound_SearchFirstName",
                table: "Customer",
                columns: new[] { "CouncilId", "SearchLastNameSound", "SearchFirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_Customer_CouncilId_SearchPostcode",
                table: "Customer",
                columns: new[] { "CouncilId", "SearchPostcode" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_AtUtc",
                table: "AuditLog",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_EntityId_AtUtc",
                table: "AuditLog",
                columns: new[] { "EntityId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_StaffId_AtUtc",
                table: "AuditLog",
                columns: new[] { "StaffId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Contact_CouncilId_AtUtc",
                table: "Contact",
                columns: new[] { "CouncilId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Contact_CustomerId_AtUtc",
                table: "Contact",
                columns: new[] { "CustomerId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Contact_RequestId",
                table: "Contact",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_ResponseTemplate_CouncilId_ServiceId_Status",
                table: "ResponseTemplate",
                columns: new[] { "CouncilId", "ServiceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffAccounts_NormalizedEmail",
                table: "StaffAccounts",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_StaffAccounts_NormalizedUserName",
                table: "StaffAccounts",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffAccounts_StaffMemberId",
                table: "StaffAccounts",
                column: "StaffMemberId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffClaims_UserId",
                table: "StaffClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffLogins_UserId",
                table: "StaffLogins",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "Contact");

            migrationBuilder.DropTable(
                name: "ResponseTemplate");

            migrationBuilder.DropTable(
                name: "StaffClaims");

            migrationBuilder.DropTable(
                name: "StaffLogins");

            migrationBuilder.DropTable(
                name: "StaffTokens");

            migrationBuilder.DropTable(
                name: "StaffAccounts");

            migrationBuilder.DropIndex(
                name: "IX_Customer_CouncilId_SearchAddress",
                table: "Customer");

            migrationBuilder.DropIndex(
                name: "IX_Customer_CouncilId_SearchEmail",
                table: "Customer");

            migrationBuilder.DropIndex(
                name: "IX_Customer_CouncilId_SearchFirstName",
                table: "Customer");

            migrationBuilder.DropIndex(
                name: "IX_Customer_CouncilId_SearchLastName_SearchFirstName",
                table: "Customer");

            migrationBuilder.DropIndex(
                name: "IX_Customer_CouncilId_SearchLastNameSound_SearchFirstName",
                table: "Customer");

            migrationBuilder.DropIndex(
                name: "IX_Customer_CouncilId_SearchPostcode",
                table: "Customer");

            migrationBuilder.DropColumn(
                name: "SearchAddress",
                table: "Customer");

            migrationBuilder.DropColumn(
                name: "SearchEmail",
                table: "Customer");

            migrationBuilder.DropColumn(
                name: "SearchFirstName",
                table: "Customer");

            migrationBuilder.DropColumn(
                name: "SearchLastName",
                table: "Customer");

            migrationBuilder.DropColumn(
                name: "SearchLastNameSound",
                table: "Customer");

            migrationBuilder.DropColumn(
                name: "SearchPostcode",
                table: "Customer");
        }
    }
}
