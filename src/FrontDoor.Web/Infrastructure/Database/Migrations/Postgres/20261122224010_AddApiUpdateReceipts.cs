using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontDoor.Web.Infrastructure.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddApiUpdateReceipts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApiUpdateReceipts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApiClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    HistoryEntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiUpdateReceipts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiUpdateReceipts_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApiUpdateReceipts_ApiClientId_ExternalId",
                table: "ApiUpdateReceipts",
                columns: new[] { "ApiClientId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiUpdateReceipts_RequestId",
                table: "ApiUpdateReceipts",
                column: "RequestId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiUpdateReceipts");
        }
    }
}
