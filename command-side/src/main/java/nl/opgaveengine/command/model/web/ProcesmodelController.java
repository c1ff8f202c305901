package nl.opgaveengine.command.model.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.command.security.CurrentUser;
import nl.opgaveengine.command.security.GlobalRole;
import nl.opgaveengine.command.web.XmlUploadGuard;
import nl.opgaveengine.command.model.ProcessModels;
import nl.opgaveengine.command.model.ProcessModels.ModelVersion;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Deploys BPMN files (a new version per changed model) and lists every version, where the opgaven's instances run:
 * the embedded engine, or a Camunda 8 cluster in gateway mode with a gateway address ({@link ProcessModels}).
 */
@RestController
@RequestMapping("/v1/procesmodellen")
public class ProcesmodelController {

    private final ProcessModels models;
    private final CurrentUser user;

    public ProcesmodelController(ProcessModels models, CurrentUser user) {
        this.models = models;
        this.user = user;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Map<String, Object>> deploy(@RequestParam("bestand") MultipartFile bestand) throws IOException {
        user.require(GlobalRole.PROCESEIGENAAR);
        String name = bestand.getOriginalFilename() == null || bestand.getOriginalFilename().isBlank()
                ? "model.bpmn" : bestand.getOriginalFilename();
        if (bestand.isEmpty()) {
            throw new BusinessRuleException(ErrorCode.INVALID_MODEL, "Het bestand '" + name + "' is leeg.",
                    Map.of("veld", "bestand"));
        }
        byte[] content = bestand.getBytes();
        XmlUploadGuard.check(name, content);
        ProcessModels.Deployed deployment = models.deploy(name, content, user.name());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of(
                "deploymentKey", String.valueOf(deployment.deploymentKey()),
                "procesmodellen", deployment.versions().stream().map(ProcesmodelController::toJson).toList()));
    }

    @GetMapping
    public Map<String, Object> list() {
        List<Map<String, Object>> versies = models.versions().stream()
                .map(ProcesmodelController::toJson).toList();
        return Map.of("procesmodellen", versies);
    }

    @GetMapping("/{processDefinitionKey}")
    public Map<String, Object> get(@PathVariable long processDefinitionKey) {
        return models.version(processDefinitionKey).map(ProcesmodelController::toJson)
                .orElseThrow(() -> new BusinessRuleException(ErrorCode.PROCESS_NOT_FOUND,
                        "Procesmodelversie " + processDefinitionKey + " bestaat niet."));
    }

    /** A cluster's search knows no checksum, deploy time or deployer: those fields are then left out. */
    private static Map<String, Object> toJson(ModelVersion d) {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("processDefinitionKey", String.valueOf(d.key()));
        json.put("bpmnProcessId", d.bpmnProcessId());
        json.put("naam", d.name() == null ? d.bpmnProcessId() : d.name());
        json.put("versie", d.version());
        json.put("bestandsnaam", d.resourceName());
        if (d.checksum() != null) {
            json.put("checksum", d.checksum());
        }
        if (d.deployedAt() != null) {
            json.put("gedeployedOp", d.deployedAt().toString());
            json.put("gedeployedDoor", d.deployedBy() == null ? "" : d.deployedBy());
        }
        return json;
    }
}
