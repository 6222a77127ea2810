package jp.tsunagu.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.facility.Facility;
import jp.tsunagu.facility.FacilityForm;
import jp.tsunagu.facility.FacilityRow;
import jp.tsunagu.facility.FacilityService;
import jp.tsunagu.facility.FacilityType;
import jp.tsunagu.facility.Participation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Facilities: the registry with each one's latest capability survey, one facility, and a new one (intermediary). */
@RestController
@RequestMapping("/api/facilities")
@Tag(name = "Facilities")
class FacilityApi {

    record FacilityJson(
            long id,
            String name,
            String corporation,
            FacilityType type,
            String municipality,
            String address,
            String phone,
            Participation participation) {
        static FacilityJson of(Facility f) {
            return new FacilityJson(
                    f.getId(),
                    f.getName(),
                    f.getCorporation(),
                    f.getType(),
                    f.getMunicipality(),
                    f.getAddress(),
                    f.getPhone(),
                    f.getParticipation());
        }
    }

    private final FacilityService facilities;

    FacilityApi(FacilityService facilities) {
        this.facilities = facilities;
    }

    @GetMapping
    @Operation(summary = "Facilities whose name contains the text, with their latest survey's capacity")
    DealApi.Page<FacilityRow> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String text) {
        DealApi.checkPage(page, size);
        String q = text == null ? "" : text;
        return new DealApi.Page<>(page, size, facilities.count(q), facilities.page(q, page * size, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One facility")
    FacilityJson get(@PathVariable long id) {
        return facilities
                .find(id)
                .map(FacilityJson::of)
                .orElseThrow(() -> UserFacingException.notFound("facility.notFound"));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registers a facility (intermediary staff)")
    FacilityJson create(@RequestBody FacilityForm form) {
        return FacilityJson.of(facilities.register(form));
    }
}
