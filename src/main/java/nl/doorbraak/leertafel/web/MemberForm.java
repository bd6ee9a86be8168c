package nl.doorbraak.leertafel.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.doorbraak.leertafel.internal.MemberDraft;
import nl.doorbraak.leertafel.internal.MemberSector;

/** A new member: one of the region's leertafel users, a discipline of the werkwijze and a sector. */
public class MemberForm {

    @NotNull(message = "{leertafel.members.refused.user}")
    private Long userId;
    @NotBlank(message = "{leertafel.members.refused.discipline}")
    private String discipline;
    @NotNull(message = "{leertafel.members.refused.sector}")
    private MemberSector sector;

    MemberDraft toDraft() {
        return new MemberDraft(userId, discipline, sector);
    }

    public Long getUserId() { return userId; }
    public void setUserId(Long userId) { this.userId = userId; }
    public String getDiscipline() { return discipline; }
    public void setDiscipline(String discipline) { this.discipline = discipline; }
    public MemberSector getSector() { return sector; }
    public void setSector(MemberSector sector) { this.sector = sector; }
}
