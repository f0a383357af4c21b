using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Network.Application.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TrustExpiresAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TrustRelationships_Status",
                table: "TrustRelationships");

            migrationBuilder.AddColumn<long>(
                name: "ExpiresAt",
                table: "TrustRelationships",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrustRelationships_Status_ExpiresAt",
                table: "TrustRelationships",
                columns: new[] { "Status", "ExpiresAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TrustRelationships_Status_ExpiresAt",
                table: "TrustRelationships");

            migrationBuilder.DropColumn(
                name: "ExpiresAt",
                table: "TrustRelationships");

            migrationBuilder.CreateIndex(
                name: "IX_TrustRelationships_Status",
                table: "TrustRelationships",
                column: "Status");
        }
    }
}
