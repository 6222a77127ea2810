package jp.tsunagu.facility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.tsunagu.deal.WorkCategory;

/** A concrete skill a facility may have (data entry, assembly, …), from an admin-managed list. */
@Entity
@Table(name = "skill")
class Skill {

    @Id
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_ja", nullable = false)
    private String nameJa;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_category", nullable = false)
    private WorkCategory category;

    @Column(nullable = false)
    private boolean active;

    protected Skill() {}

    SkillOption toOption() {
        return new SkillOption(id, code, nameJa, nameEn, category);
    }

    boolean isActive() {
        return active;
    }
}
