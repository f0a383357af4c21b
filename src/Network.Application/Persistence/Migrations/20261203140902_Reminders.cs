using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Network.Application.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Reminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "OptionalReminders",
                table: "Professionals",
                type: "INTEGER",
                nullable: false,
                // Everyone there before this migration keeps the optional reminders, as a new entry does.
                defaultValue: true);

            migrationBuilder.AddColumn<long>(
                name: "RemindedAt",
                table: "Invitations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "JobLease",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    LeasedUntil = table.Column<long>(type: "INTEGER", nullable: false),
                    LastRunAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobLease", x => x.Name);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobLease");

            migrationBuilder.DropColumn(
                name: "OptionalReminders",
                table: "Professionals");

            migrationBuilder.DropColumn(
                name: "RemindedAt",
                table: "Invitations");
        }
    }
}
