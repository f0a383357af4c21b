using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Network.Application.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WorkshopOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "EvaluationSubmitted",
                table: "WorkshopParticipants",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "WorkshopAgreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkshopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Aim = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OrganisationIds = table.Column<string>(type: "TEXT", nullable: false),
                    OwnerProfessionalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkshopAgreements_Professionals_OwnerProfessionalId",
                        column: x => x.OwnerProfessionalId,
                        principalTable: "Professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkshopAgreements_Workshops_WorkshopId",
                        column: x => x.WorkshopId,
                        principalTable: "Workshops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkshopEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkshopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Signalling = table.Column<int>(type: "INTEGER", nullable: true),
                    ProfessionalJudgement = table.Column<int>(type: "INTEGER", nullable: true),
                    WeighingSecrecy = table.Column<int>(type: "INTEGER", nullable: true),
                    LegalFrameworks = table.Column<int>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkshopEvaluations_Workshops_WorkshopId",
                        column: x => x.WorkshopId,
                        principalTable: "Workshops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkshopOutcomeEditors",
                columns: table => new
                {
                    WorkshopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProfessionalId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopOutcomeEditors", x => new { x.WorkshopId, x.ProfessionalId });
                    table.ForeignKey(
                        name: "FK_WorkshopOutcomeEditors_Professionals_ProfessionalId",
                        column: x => x.ProfessionalId,
                        principalTable: "Professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkshopOutcomeEditors_Workshops_WorkshopId",
                        column: x => x.WorkshopId,
                        principalTable: "Workshops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkshopOutcomeItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkshopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Aim = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Domains = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopOutcomeItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkshopOutcomeItems_Workshops_WorkshopId",
                        column: x => x.WorkshopId,
                        principalTable: "Workshops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopAgreements_OwnerProfessionalId",
                table: "WorkshopAgreements",
                column: "OwnerProfessionalId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopAgreements_Status_DueOn",
                table: "WorkshopAgreements",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopAgreements_WorkshopId",
                table: "WorkshopAgreements",
                column: "WorkshopId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopEvaluations_WorkshopId",
                table: "WorkshopEvaluations",
                column: "WorkshopId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopOutcomeEditors_ProfessionalId",
                table: "WorkshopOutcomeEditors",
                column: "ProfessionalId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopOutcomeItems_WorkshopId",
                table: "WorkshopOutcomeItems",
                column: "WorkshopId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WorkshopAgreements");

            migrationBuilder.DropTable(
                name: "WorkshopEvaluations");

            migrationBuilder.DropTable(
                name: "WorkshopOutcomeEditors");

            migrationBuilder.DropTable(
                name: "WorkshopOutcomeItems");

            migrationBuilder.DropColumn(
                name: "EvaluationSubmitted",
                table: "WorkshopParticipants");
        }
    }
}
